package org.orrery.cli.server;

/**
 * A statement or insert the server rejected (or a broken connection), with the server's error
 * code and message. Shown to users as {@code Msg: <code>: <message>} like IoTDB's CLI.
 */
public class StatementFailure extends RuntimeException {
  private static final long serialVersionUID = 1L;

  private final int code;

  public StatementFailure(int code, String message, Throwable cause) {
    super(message, cause);
    this.code = code;
  }

  public StatementFailure(int code, String message) {
    this(code, message, null);
  }

  /** The server's error code (see org.orrery.common.error.ErrorCode). */
  public int code() {
    return code;
  }

  /** {@code <code>: <message>}, the form users see. */
  public String userMessage() {
    return code + ": " + getMessage();
  }
}
