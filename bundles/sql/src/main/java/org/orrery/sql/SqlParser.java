package org.orrery.sql;

import java.util.List;
import java.util.Objects;
import org.antlr.v4.runtime.BailErrorStrategy;
import org.antlr.v4.runtime.CharStream;
import org.antlr.v4.runtime.CharStreams;
import org.antlr.v4.runtime.CommonTokenStream;
import org.antlr.v4.runtime.atn.PredictionMode;
import org.antlr.v4.runtime.misc.ParseCancellationException;
import org.orrery.sql.ast.Statement;
import org.orrery.sql.parser.NestingGuard;
import org.orrery.sql.parser.OrrerySqlLexer;
import org.orrery.sql.parser.OrrerySqlParser.ScriptContext;
import org.orrery.sql.parser.OrrerySqlParser;
import org.orrery.sql.parser.SyntaxErrors;
import org.orrery.sql.translate.StatementTranslator;

/**
 * Parses the tree-model SQL dialect of IoTDB 1.3 into {@link Statement} records. Statements are
 * separated by {@code ;}. Parsing needs no configuration and has no state: time literals stay
 * symbolic until the caller resolves them with its zone, precision and clock.
 *
 * <p>Parsing runs in two stages, as ANTLR recommends: the fast SLL mode first, and only when
 * that fails the full LL mode, which also produces the precise error message.
 */
public final class SqlParser {
  private SqlParser() {}

  /**
   * Parses a script of zero or more statements.
   *
   * @throws SqlSyntaxException at the first error, naming its line, column and token
   */
  public static List<Statement> parse(String sql) {
    CharStream chars = CharStreams.fromString(Objects.requireNonNull(sql, "sql"));
    try {
      return new StatementTranslator(chars).translate(tree(chars));
    } catch (StackOverflowError e) {
      // NestingGuard keeps ordinary input far from this; it remains a last resort so that no
      // input, however odd, ends anything but a syntax error.
      throw new SqlSyntaxException(
          1, 0, null, "statement is nested too deeply to parse", List.of());
    }
  }

  /**
   * Parses exactly one statement (a trailing {@code ;} is allowed).
   *
   * @throws SqlSyntaxException when the text holds a syntax error, no statement or several
   */
  public static Statement parseStatement(String sql) {
    List<Statement> statements = parse(sql);
    if (statements.size() != 1) {
      throw new SqlSyntaxException(
          1, 0, null, "expected exactly one statement but found " + statements.size(), List.of());
    }
    return statements.get(0);
  }

  private static ScriptContext tree(CharStream chars) {
    OrrerySqlLexer lexer = new OrrerySqlLexer(chars);
    lexer.removeErrorListeners();
    lexer.addErrorListener(SyntaxErrors.LEXER_LISTENER);
    CommonTokenStream tokens = new CommonTokenStream(lexer);
    tokens.fill();
    NestingGuard.check(tokens.getTokens());
    OrrerySqlParser parser = new OrrerySqlParser(tokens);
    parser.removeErrorListeners();
    parser.getInterpreter().setPredictionMode(PredictionMode.SLL);
    parser.setErrorHandler(new BailErrorStrategy());
    try {
      return parser.script();
    } catch (ParseCancellationException sllFailed) {
      tokens.seek(0);
      parser.reset();
      parser.getInterpreter().setPredictionMode(PredictionMode.LL);
      parser.setErrorHandler(SyntaxErrors.strategy());
      try {
        return parser.script();
      } catch (ParseCancellationException e) {
        throw SyntaxErrors.describe(parser, e);
      }
    }
  }
}
