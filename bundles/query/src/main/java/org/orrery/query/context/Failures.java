package org.orrery.query.context;

import org.orrery.common.error.ErrorCode;
import org.orrery.common.error.OrreryException;

/**
 * Turns whatever escapes parsing, planning or an operator into the {@link OrreryException} users
 * see, so that no statement reaches its caller with another exception type.
 */
public final class Failures {
  private Failures() {}

  /**
   * The user-facing form of {@code failure}: itself when it already is one; ILLEGAL_ARGUMENT for
   * a rejected argument; SEMANTIC_ERROR when the statement nests so deeply (expressions, paths)
   * that walking it exhausted the thread's stack; INTERNAL_ERROR with the message otherwise.
   */
  public static OrreryException toUser(Throwable failure) {
    if (failure instanceof OrreryException e) {
      return e;
    }
    if (failure instanceof IllegalArgumentException) {
      return new OrreryException(ErrorCode.ILLEGAL_ARGUMENT, String.valueOf(failure.getMessage()), failure);
    }
    if (failure instanceof StackOverflowError) {
      return new OrreryException(ErrorCode.SEMANTIC_ERROR,
          "the statement nests too deeply (expressions or paths) to be run; simplify it", failure);
    }
    return new OrreryException(ErrorCode.INTERNAL_ERROR, "statement failed: "
        + (failure.getMessage() == null ? failure.getClass().getSimpleName() : failure.getMessage()), failure);
  }
}
