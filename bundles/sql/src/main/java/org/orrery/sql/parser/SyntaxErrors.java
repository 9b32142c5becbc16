package org.orrery.sql.parser;

import java.util.List;
import java.util.Optional;
import org.antlr.v4.runtime.ANTLRErrorStrategy;
import org.antlr.v4.runtime.BaseErrorListener;
import org.antlr.v4.runtime.NoViableAltException;
import org.antlr.v4.runtime.ParserRuleContext;
import org.antlr.v4.runtime.RecognitionException;
import org.antlr.v4.runtime.Recognizer;
import org.antlr.v4.runtime.RuleContext;
import org.antlr.v4.runtime.Token;
import org.antlr.v4.runtime.atn.ATNConfig;
import org.antlr.v4.runtime.atn.Transition;
import org.antlr.v4.runtime.misc.IntervalSet;
import org.antlr.v4.runtime.misc.ParseCancellationException;
import org.orrery.sql.SqlSyntaxException;

/** Builds the user-facing {@link SqlSyntaxException} for the first error of a parse. */
public final class SyntaxErrors {
  private static final int MAX_SHOWN = 40;

  /**
   * The lexer turns every input into tokens (bad characters become {@code ERROR_CHAR}); this
   * listener only guards against a lexer error that would otherwise be printed to stderr.
   */
  public static final BaseErrorListener LEXER_LISTENER =
      new BaseErrorListener() {
        @Override
        public void syntaxError(
            Recognizer<?, ?> recognizer,
            Object offendingSymbol,
            int line,
            int column,
            String message,
            RecognitionException e) {
          throw new SqlSyntaxException(line, column, null, message, List.of());
        }
      };

  private SyntaxErrors() {}

  /** A fresh error strategy that stops at the first error (strategies carry state). */
  public static ANTLRErrorStrategy strategy() {
    return new ErrorReportingStrategy();
  }

  /** Describes the error that stopped {@code parser}. */
  public static SqlSyntaxException describe(
      OrrerySqlParser parser, ParseCancellationException stop) {
    RecognitionException e =
        stop.getCause() instanceof RecognitionException
            ? (RecognitionException) stop.getCause()
            : null;
    Token offending =
        e != null && e.getOffendingToken() != null
            ? e.getOffendingToken()
            : parser.getCurrentToken();
    Optional<String> lexical = lexicalProblem(offending);
    if (lexical.isPresent()) {
      return new SqlSyntaxException(
          offending.getLine(),
          offending.getCharPositionInLine(),
          offending.getText(),
          lexical.get(),
          List.of());
    }
    IntervalSet expected = expectedTokens(parser, e);
    Optional<String> suggestion = ExpectedTokens.suggestion(offending.getText(), expected);
    List<String> names =
        suggestion.isPresent()
            ? List.of(suggestion.get())
            : ExpectedTokens.describe(
                expected, construct(e == null ? parser.getContext() : e.getCtx(), offending));
    String found =
        offending.getType() == Token.EOF
            ? "unexpected end of input"
            : "mismatched input '" + shorten(offending.getText()) + "'";
    String problem = names.isEmpty() ? found : found + " expecting " + ExpectedTokens.join(names);
    return new SqlSyntaxException(
        offending.getLine(),
        offending.getCharPositionInLine(),
        offending.getType() == Token.EOF ? null : offending.getText(),
        problem + hint(offending, expected),
        names);
  }

  /**
   * For a failed prediction ANTLR reports the decision's first tokens, which can lie several
   * tokens back; the configurations that died at the offending token know what they wanted.
   */
  private static IntervalSet expectedTokens(OrrerySqlParser parser, RecognitionException e) {
    if (e instanceof NoViableAltException
        && ((NoViableAltException) e).getDeadEndConfigs() != null) {
      IntervalSet wanted = new IntervalSet();
      for (ATNConfig config : ((NoViableAltException) e).getDeadEndConfigs()) {
        for (Transition transition : config.state.getTransitions()) {
          if (!transition.isEpsilon() && transition.label() != null) {
            wanted.addAll(transition.label());
          }
        }
      }
      if (parser.getErrorHandler() instanceof ErrorReportingStrategy) {
        Token offending = e.getOffendingToken();
        ErrorReportingStrategy strategy = (ErrorReportingStrategy) parser.getErrorHandler();
        wanted.addAll(strategy.skippedAlternatives(parser, offending));
      }
      if (!wanted.isNil()) {
        return wanted;
      }
    }
    if (e != null && e.getExpectedTokens() != null) {
      return e.getExpectedTokens();
    }
    return parser.getExpectedTokens();
  }

  private static Optional<String> lexicalProblem(Token token) {
    switch (token.getType()) {
      case OrrerySqlLexer.ERROR_CHAR:
        return Optional.of("unexpected character '" + token.getText() + "'");
      case OrrerySqlLexer.UNTERMINATED_STRING:
        return Optional.of("unterminated string literal " + shorten(token.getText()));
      case OrrerySqlLexer.UNTERMINATED_QUOTED_ID:
        return Optional.of("unterminated quoted name " + shorten(token.getText()));
      case OrrerySqlLexer.UNTERMINATED_COMMENT:
        return Optional.of("unterminated comment: '/*' without '*/'");
      default:
        return Optional.empty();
    }
  }

  /** A hint for words that look like a duration but are not one, e.g. {@code 10x}. */
  private static String hint(Token offending, IntervalSet expected) {
    if (offending.getType() == OrrerySqlLexer.ID
        && expected.contains(OrrerySqlLexer.DURATION)
        && offending.getText().matches("[0-9]+[A-Za-z]+.*")) {
      return " ('" + offending.getText() + "' is not a duration; units are "
          + org.orrery.common.time.DurationUnit.symbols() + ")";
    }
    return "";
  }

  /**
   * What the parser was about to read at the offending token: the innermost rule with a simple
   * description that starts there. A rule that started earlier says nothing about what may come
   * next (after {@code root.sg.d1} a path may continue, but more likely a clause follows).
   */
  private static String construct(RuleContext context, Token offending) {
    for (RuleContext rule = context; rule != null; rule = rule.parent) {
      if (rule instanceof ParserRuleContext) {
        Token start = ((ParserRuleContext) rule).getStart();
        if (start != null && start.getTokenIndex() != offending.getTokenIndex()) {
          continue;
        }
      }
      String description = describeRule(rule.getRuleIndex());
      if (description != null) {
        return description;
      }
    }
    return null;
  }

  private static String describeRule(int rule) {
    switch (rule) {
      case OrrerySqlParser.RULE_expression:
      case OrrerySqlParser.RULE_orExpression:
      case OrrerySqlParser.RULE_andExpression:
      case OrrerySqlParser.RULE_notExpression:
      case OrrerySqlParser.RULE_predicate:
      case OrrerySqlParser.RULE_additive:
      case OrrerySqlParser.RULE_multiplicative:
      case OrrerySqlParser.RULE_unary:
      case OrrerySqlParser.RULE_primary:
        return "an expression";
      case OrrerySqlParser.RULE_path:
      case OrrerySqlParser.RULE_pathNode:
        return "a path";
      case OrrerySqlParser.RULE_dataType:
        return "a data type";
      case OrrerySqlParser.RULE_script:
      case OrrerySqlParser.RULE_statement:
        return "a statement";
      default:
        return null;
    }
  }

  static String shorten(String text) {
    return text.length() <= MAX_SHOWN ? text : text.substring(0, MAX_SHOWN) + "...";
  }
}
