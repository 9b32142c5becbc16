package org.orrery.rpc.internal;

import org.orrery.common.error.ErrorCode;
import org.orrery.common.error.OrreryException;
import org.orrery.protocol.message.ErrorResponse;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Turns failures into ERROR responses. Users see the code and message of an OrreryException;
 * anything else is a bug whose stack trace goes to the server log only.
 */
final class Errors {
  private static final Logger LOG = LoggerFactory.getLogger(Errors.class);

  private Errors() {}

  static ErrorResponse toResponse(RuntimeException failure, String request) {
    if (failure instanceof OrreryException e) {
      return new ErrorResponse(e.code(), e.getMessage());
    }
    if (failure instanceof IllegalArgumentException && failure.getMessage() != null) {
      return new ErrorResponse(ErrorCode.ILLEGAL_ARGUMENT, failure.getMessage());
    }
    LOG.error("internal error while handling {}", request, failure);
    return new ErrorResponse(
        ErrorCode.INTERNAL_ERROR, "internal error while handling " + request + "; see the server log");
  }
}
