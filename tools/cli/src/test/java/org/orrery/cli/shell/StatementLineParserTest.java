package org.orrery.cli.shell;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.jline.reader.EOFError;
import org.jline.reader.Parser.ParseContext;
import org.junit.jupiter.api.Test;

class StatementLineParserTest {

  @Test
  void enterAcceptsOnlyTerminatedStatementsOrShellCommands() {
    assertFalse(StatementLineParser.isComplete("select s1\nfrom root.sg.d1"));
    assertTrue(StatementLineParser.isComplete("select s1\nfrom root.sg.d1;"));
    assertFalse(StatementLineParser.isComplete("insert into root.sg.d1(time,s1) values(1,'a;"));
    assertTrue(StatementLineParser.isComplete("quit"));
    assertTrue(StatementLineParser.isComplete(" EXIT; "));
    assertTrue(StatementLineParser.isComplete("   "));
    assertTrue(StatementLineParser.isComplete("flush; -- done"));
  }

  @Test
  void parserAsksForMoreLinesOnAcceptAndSplitsWordsOtherwise() {
    StatementLineParser parser = new StatementLineParser();
    assertThrows(EOFError.class, () -> parser.parse("select *", 8, ParseContext.ACCEPT_LINE));
    List<String> words = parser.parse("select s1 from root.sg", 22, ParseContext.COMPLETE).words();
    assertEquals(List.of("select", "s1", "from", "root.sg"), words);
  }
}
