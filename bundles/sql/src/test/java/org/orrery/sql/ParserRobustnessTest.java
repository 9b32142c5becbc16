package org.orrery.sql;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.antlr.v4.runtime.CharStreams;
import org.antlr.v4.runtime.Token;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.orrery.sql.ast.query.QueryStatement;
import org.orrery.sql.parser.OrrerySqlLexer;

/**
 * Whatever the input, the parser either returns statements or throws {@link SqlSyntaxException}
 * with a position; it never leaks another exception. Inputs are token soup, every token-boundary
 * truncation of valid statements, and random character mutations of them. Seeds are fixed so a
 * failure can be replayed.
 */
class ParserRobustnessTest {
  private static final List<String> CORPUS = new ArrayList<>();
  private static final List<String> WORDS = new ArrayList<>();

  @BeforeAll
  static void loadCorpus() throws IOException {
    CORPUS.addAll(Cases.statements("queries.txt"));
    try (BufferedReader reader =
        new BufferedReader(
            new InputStreamReader(
                ParserRobustnessTest.class.getResourceAsStream("statements.txt"), StandardCharsets.UTF_8))) {
      reader.lines().filter(l -> !l.isBlank() && !l.startsWith("#")).forEach(CORPUS::add);
    }
    for (int type = 1; type <= OrrerySqlLexer.VOCABULARY.getMaxTokenType(); type++) {
      String literal = OrrerySqlLexer.VOCABULARY.getLiteralName(type);
      String symbolic = OrrerySqlLexer.VOCABULARY.getSymbolicName(type);
      if (literal != null) {
        WORDS.add(literal.substring(1, literal.length() - 1));
      } else if (symbolic != null && symbolic.matches("[A-Z_]+") && isKeyword(symbolic)) {
        WORDS.add(symbolic.toLowerCase());
      }
    }
    WORDS.addAll(
        List.of(
            "root", "s1", "d1", "sg", "1", "-2", "2.5", "1e3", "'x'", "\"y\"", "`q`", "`a.b`", "1d",
            "1mo", "10ms", "2017-11-01T00:00:00", "2017-11-01 00:00:00+08:00", "now()", "${1}", "(",
            ")", "[", "]", "'k'='v'", "'", "\"", "`", "/*", "--", "\n", "!=", "<>", "NaN", "9999999999999999999999"));
  }

  private static boolean isKeyword(String symbolic) {
    List<Token> tokens = new OrrerySqlLexer(CharStreams.fromString(symbolic)).getAllTokens().stream()
        .map(t -> (Token) t).toList();
    return tokens.size() == 1 && OrrerySqlLexer.VOCABULARY.getSymbolicName(tokens.get(0).getType()).equals(symbolic);
  }

  private static void check(String sql) {
    try {
      SqlParser.parse(sql);
    } catch (SqlSyntaxException e) {
      assertTrue(e.getMessage().startsWith("line "), () -> "no position in '" + e.getMessage() + "' for: " + sql);
      assertTrue(e.line() >= 1 && e.column() >= 0, () -> "bad position for: " + sql);
    } catch (Throwable t) {
      fail("unexpected " + t + " for input: " + sql, t);
    }
  }

  @Test
  void corpusParses() {
    int parsed = 0;
    for (String sql : CORPUS) {
      try {
        SqlParser.parse(sql);
        parsed++;
      } catch (SqlSyntaxException expected) {
        // A few corpus lines are deliberate errors.
      }
    }
    assertTrue(parsed > CORPUS.size() * 9 / 10, "most of the corpus must parse: " + parsed + "/" + CORPUS.size());
  }

  @Test
  void randomTokenSoup() {
    Random random = new Random(20240607L);
    for (int i = 0; i < 4000; i++) {
      int length = 1 + random.nextInt(30);
      StringBuilder sql = new StringBuilder();
      for (int j = 0; j < length; j++) {
        sql.append(WORDS.get(random.nextInt(WORDS.size())));
        sql.append(random.nextInt(4) == 0 ? "" : " ");
      }
      check(sql.toString());
    }
  }

  @Test
  void soupStartingWithRealStatementHeads() {
    Random random = new Random(7L);
    for (int i = 0; i < 1000; i++) {
      String head = CORPUS.get(random.nextInt(CORPUS.size()));
      head = head.substring(0, random.nextInt(head.length() + 1));
      StringBuilder sql = new StringBuilder(head);
      for (int j = random.nextInt(8); j > 0; j--) {
        sql.append(' ').append(WORDS.get(random.nextInt(WORDS.size())));
      }
      check(sql.toString());
    }
  }

  @Test
  void truncationsOfValidStatementsAtEveryToken() {
    for (String sql : CORPUS) {
      // Cutting before each token covers cuts after each one too (the next token's start),
      // except for the end, which corpusParses covers.
      for (Token token : new OrrerySqlLexer(CharStreams.fromString(sql)).getAllTokens()) {
        check(sql.substring(0, token.getStartIndex()));
      }
    }
  }

  @Test
  void randomCharacterMutations() {
    Random random = new Random(42L);
    String alphabet = "abcdefXYZ0123456789 .,;:*()[]'\"`$+-/%=<>!&|\n";
    for (int i = 0; i < 2500; i++) {
      StringBuilder sql = new StringBuilder(CORPUS.get(random.nextInt(CORPUS.size())));
      for (int edits = 1 + random.nextInt(3); edits > 0 && sql.length() > 0; edits--) {
        int at = random.nextInt(sql.length());
        char c = alphabet.charAt(random.nextInt(alphabet.length()));
        switch (random.nextInt(3)) {
          case 0:
            sql.deleteCharAt(at);
            break;
          case 1:
            sql.insert(at, c);
            break;
          default:
            sql.setCharAt(at, c);
        }
      }
      check(sql.toString());
    }
  }

  @Test
  void deepNestingIsASyntaxErrorNotACrash() {
    String parens = "select " + "(".repeat(20000) + "s1" + ")".repeat(20000) + " from root.sg.d1";
    SqlSyntaxException e = assertThrows(SqlSyntaxException.class, () -> SqlParser.parse(parens));
    assertEquals("line 1:207 nesting deeper than 200 levels is not supported", e.getMessage());
    check("select " + "-".repeat(20000) + "s1 from root.sg.d1");
    check("select " + "case when ".repeat(5000) + "s1 from root.sg.d1");
    check("select " + "not ".repeat(5000) + "s1 from root.sg.d1");
  }

  @Test
  void nestingUpToTheLimitParses() {
    String sql = "select " + "(".repeat(200) + "s1" + ")".repeat(200) + " from root.sg.d1";
    QueryStatement query = (QueryStatement) SqlParser.parseStatement(sql);
    assertEquals("s1", Shapes.of(query.selectItems().get(0).expression()));
  }

  @Test
  void hugeFlatExpressionStillParses() {
    StringBuilder sum = new StringBuilder("select s0");
    for (int i = 1; i < 2000; i++) {
      sum.append(" + s").append(i);
    }
    QueryStatement query =
        (QueryStatement) SqlParser.parseStatement(sum.append(" from root.sg.d1").toString());
    assertTrue(Shapes.of(query.selectItems().get(0).expression()).endsWith(" s1998) s1999)"));
  }
}
