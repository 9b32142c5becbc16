package org.orrery.cli.sql;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class StatementSplitterTest {

  @Test
  void splitsAtSemicolonsAndKeepsAnUnterminatedTail() {
    StatementSplitter.Split split = StatementSplitter.split("show databases; select s1 from root.sg.d1 ;\n select");
    assertEquals(List.of("show databases", "select s1 from root.sg.d1"), split.statements());
    assertEquals("select", split.remainder());
  }

  @Test
  void semicolonsInsideLiteralsAndCommentsDoNotSplit() {
    String script = "insert into root.sg.d1(time, s1) values(1, 'a;b''c');\n"
        + "select `we;ird` from root.`sg;#1`.d -- trailing; comment\n;"
        + "/* block; comment */ select \"x;\"\"y\" from root.sg.d2;";
    List<String> statements = StatementSplitter.statementsOf(script);
    assertEquals(3, statements.size(), statements.toString());
    assertEquals("insert into root.sg.d1(time, s1) values(1, 'a;b''c')", statements.get(0));
    assertEquals("select `we;ird` from root.`sg;#1`.d -- trailing; comment", statements.get(1));
    assertEquals("select \"x;\"\"y\" from root.sg.d2", statements.get(2));
  }

  @Test
  void dropsStatementsOfOnlyBlanksAndComments() {
    assertEquals(List.of("flush"), StatementSplitter.statementsOf(";;  -- nothing\n; /* x */ ; flush;\n-- end"));
    assertFalse(StatementSplitter.split("select 1; -- done").hasRemainder());
  }

  @Test
  void detectsTextEndingInsideALiteral() {
    assertTrue(StatementSplitter.endsInsideLiteral("select 'abc"));
    assertTrue(StatementSplitter.endsInsideLiteral("select `a"));
    assertTrue(StatementSplitter.endsInsideLiteral("select 1 /* open"));
    assertFalse(StatementSplitter.endsInsideLiteral("select 'a''b' -- 'x"));
    // the unterminated quote swallows the ';', so there is no complete statement yet
    assertEquals(List.of(), StatementSplitter.split("select 'a;").statements());
  }
}
