package org.orrery.sql;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.orrery.sql.ast.Statement;
import org.orrery.sql.ast.metadata.ShowVersion;
import org.orrery.sql.ast.query.QueryStatement;
import org.orrery.sql.ast.schema.CreateDatabase;
import org.orrery.sql.ast.schema.Flush;

/** Scripts of several statements, comments, keyword case and the single-statement entry point. */
class ScriptTest {

  @Test
  void statementsAreSeparatedBySemicolons() {
    List<Statement> statements =
        SqlParser.parse("create database root.ln;\nshow version;;\n  flush ;");
    assertEquals(3, statements.size());
    assertInstanceOf(CreateDatabase.class, statements.get(0));
    assertInstanceOf(ShowVersion.class, statements.get(1));
    assertInstanceOf(Flush.class, statements.get(2));
  }

  @Test
  void emptyScriptsHaveNoStatements() {
    assertEquals(List.of(), SqlParser.parse(""));
    assertEquals(List.of(), SqlParser.parse(" ; ;\n"));
    assertEquals(List.of(), SqlParser.parse("-- only a comment"));
    assertEquals(List.of(), SqlParser.parse("/* block\n comment */"));
  }

  @Test
  void commentsAreIgnoredAnywhere() {
    Statement statement =
        SqlParser.parseStatement(
            "-- leading\nselect /* inline */ s1 -- trailing\n from /* a\nmultiline */ root.sg.d1");
    assertEquals("select=[s1] from=[root.sg.d1]", Shapes.of((QueryStatement) statement));
  }

  @Test
  void commentMarkersInsideStringsAreText() {
    QueryStatement query =
        (QueryStatement) SqlParser.parseStatement("select s from root.a where s = '-- not /* a comment'");
    assertEquals("(= s '-- not /* a comment')", Shapes.of(query.where().get()));
  }

  @Test
  void keywordsIgnoreLetterCase() {
    Statement lower = SqlParser.parseStatement("select s1 from root.sg.d1 where time > 1 limit 5");
    Statement mixed = SqlParser.parseStatement("SeLeCt s1 FrOm ROOT.sg.d1 WhErE TiMe > 1 LiMiT 5");
    assertEquals(lower, mixed);
  }

  @Test
  void namesKeepTheirLetterCase() {
    QueryStatement query = (QueryStatement) SqlParser.parseStatement("select Temperature from root.Ln.WF01");
    assertEquals("select=[Temperature] from=[root.Ln.WF01]", Shapes.of(query));
  }

  @Test
  void namePatternsMayBeWrittenWithSpaces() {
    // As in IoTDB, which tokens make up a node pattern does not depend on white space.
    assertEquals(
        SqlParser.parseStatement("select s from root.sg.d*"),
        SqlParser.parseStatement("select s from root.sg.d *"));
    assertEquals(
        "select=[s] from=[root.sg.*] limit=10",
        Shapes.of((QueryStatement) SqlParser.parseStatement("select s from root.sg.* limit 10")));
  }

  @Test
  void parseStatementWantsExactlyOne() {
    SqlSyntaxException none = assertThrows(SqlSyntaxException.class, () -> SqlParser.parseStatement(";"));
    assertEquals("line 1:0 expected exactly one statement but found 0", none.getMessage());
    SqlSyntaxException two =
        assertThrows(SqlSyntaxException.class, () -> SqlParser.parseStatement("show version; flush"));
    assertTrue(two.getMessage().contains("found 2"), two.getMessage());
  }

  @Test
  void nullIsRejected() {
    assertThrows(NullPointerException.class, () -> SqlParser.parse(null));
  }
}
