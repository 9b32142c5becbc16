package org.orrery.client;

import org.orrery.common.error.ErrorCode;

/**
 * The connection to the server is broken (refused, reset, closed by the server, or out of sync).
 * The session cannot be used any more; {@link SessionPool} retries once with a fresh one.
 */
public class ClientConnectionException extends ClientException {
  private static final long serialVersionUID = 1L;

  public ClientConnectionException(ErrorCode code, String message, Throwable cause) {
    super(code, message, cause);
  }

  public ClientConnectionException(String message, Throwable cause) {
    super(ErrorCode.IO_ERROR, message, cause);
  }
}
