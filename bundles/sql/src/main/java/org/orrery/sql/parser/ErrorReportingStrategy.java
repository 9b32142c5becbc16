package org.orrery.sql.parser;

import org.antlr.v4.runtime.DefaultErrorStrategy;
import org.antlr.v4.runtime.InputMismatchException;
import org.antlr.v4.runtime.Parser;
import org.antlr.v4.runtime.RecognitionException;
import org.antlr.v4.runtime.Token;
import org.antlr.v4.runtime.atn.ATNState;
import org.antlr.v4.runtime.misc.IntervalSet;
import org.antlr.v4.runtime.misc.ParseCancellationException;

/**
 * Stops at the first syntax error instead of recovering, and keeps ANTLR's bookkeeping of the
 * earliest point where optional clauses could still have started. An error at {@code FORM} in
 * {@code SELECT s1 FORM root.sg} is then reported with everything that could follow {@code s1}
 * (AS, a comma, INTO, FROM, an operator), not just with what the last rule wanted.
 */
final class ErrorReportingStrategy extends DefaultErrorStrategy {
  /** The token at which {@code nextTokensContext} was recorded, -1 when none is recorded. */
  private int recordedAt = -1;

  @Override
  public void reportError(Parser recognizer, RecognitionException e) {
    throw new ParseCancellationException(e);
  }

  @Override
  public void recover(Parser recognizer, RecognitionException e) {
    throw new ParseCancellationException(e);
  }

  @Override
  public Token recoverInline(Parser recognizer) {
    InputMismatchException e =
        recordedFor(recognizer.getCurrentToken())
            ? new InputMismatchException(recognizer, nextTokensState, nextTokensContext)
            : new InputMismatchException(recognizer);
    throw new ParseCancellationException(e);
  }

  /**
   * What could have followed at {@code offending} had an optional clause been taken earlier at
   * the same position, or an empty set when nothing was recorded there.
   */
  IntervalSet skippedAlternatives(Parser recognizer, Token offending) {
    if (!recordedFor(offending)) {
      return new IntervalSet();
    }
    return recognizer.getATN().getExpectedTokens(nextTokensState, nextTokensContext);
  }

  private boolean recordedFor(Token token) {
    return nextTokensContext != null && token != null && recordedAt == token.getTokenIndex();
  }

  /**
   * Same decisions as {@link DefaultErrorStrategy#sync} but fails instead of deleting a token or
   * skipping ahead.
   */
  @Override
  public void sync(Parser recognizer) {
    ATNState state = recognizer.getInterpreter().atn.states.get(recognizer.getState());
    if (inErrorRecoveryMode(recognizer)) {
      return;
    }
    int next = recognizer.getInputStream().LA(1);
    IntervalSet nextTokens = recognizer.getATN().nextTokens(state);
    if (nextTokens.contains(next)) {
      nextTokensContext = null;
      nextTokensState = ATNState.INVALID_STATE_NUMBER;
      recordedAt = -1;
      return;
    }
    if (nextTokens.contains(Token.EPSILON)) {
      // Keep the earliest such point at the current token; a point recorded at an earlier
      // token is stale once that token was matched.
      int current = recognizer.getCurrentToken().getTokenIndex();
      if (nextTokensContext == null || recordedAt != current) {
        nextTokensContext = recognizer.getContext();
        nextTokensState = recognizer.getState();
        recordedAt = current;
      }
      return;
    }
    switch (state.getStateType()) {
      case ATNState.BLOCK_START:
      case ATNState.STAR_BLOCK_START:
      case ATNState.PLUS_BLOCK_START:
      case ATNState.STAR_LOOP_ENTRY:
      case ATNState.PLUS_LOOP_BACK:
      case ATNState.STAR_LOOP_BACK:
        throw new ParseCancellationException(
            recordedFor(recognizer.getCurrentToken())
                ? new InputMismatchException(recognizer, nextTokensState, nextTokensContext)
                : new InputMismatchException(recognizer));
      default:
        break;
    }
  }
}
