package org.orrery.sql.parser;

import java.util.List;
import org.antlr.v4.runtime.Token;
import org.orrery.sql.SqlSyntaxException;

/**
 * Rejects input nested so deeply that the recursive-descent parser would exhaust its stack:
 * brackets, CASE expressions and runs of prefix operators. Real statements stay far below the
 * limit; checking the tokens first gives a positioned error instead of a stack overflow.
 */
public final class NestingGuard {
  /** Deepest nesting accepted; each level costs about ten stack frames in the parser. */
  public static final int MAX_DEPTH = 200;

  private NestingGuard() {}

  /** @throws SqlSyntaxException at the first token that goes deeper than {@link #MAX_DEPTH} */
  public static void check(List<Token> tokens) {
    int depth = 0;
    int prefixRun = 0;
    for (Token token : tokens) {
      switch (token.getType()) {
        case OrrerySqlLexer.LR_BRACKET:
        case OrrerySqlLexer.LS_BRACKET:
        case OrrerySqlLexer.CASE:
          depth++;
          prefixRun = 0;
          break;
        case OrrerySqlLexer.RR_BRACKET:
        case OrrerySqlLexer.RS_BRACKET:
        case OrrerySqlLexer.END:
          depth = Math.max(0, depth - 1);
          prefixRun = 0;
          break;
        case OrrerySqlLexer.MINUS:
        case OrrerySqlLexer.PLUS:
        case OrrerySqlLexer.BANG:
        case OrrerySqlLexer.NOT:
          prefixRun++;
          break;
        default:
          prefixRun = 0;
          break;
      }
      if (depth > MAX_DEPTH || prefixRun > MAX_DEPTH) {
        throw new SqlSyntaxException(
            token.getLine(),
            token.getCharPositionInLine(),
            token.getText(),
            "nesting deeper than " + MAX_DEPTH + " levels is not supported",
            List.of());
      }
    }
  }
}
