package org.orrery.client;

import org.orrery.common.error.ErrorCode;

/** A failed client call: the server's error code and message, or a client-side failure. */
public class ClientException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  private final ErrorCode code;

  public ClientException(ErrorCode code, String message) {
    super(message);
    this.code = code;
  }

  public ClientException(ErrorCode code, String message, Throwable cause) {
    super(message, cause);
    this.code = code;
  }

  /** The error code (from the server, or IO_ERROR / PROTOCOL_ERROR for connection failures). */
  public ErrorCode code() {
    return code;
  }
}
