package org.orrery.common.error;

/**
 * A failure that reaches a user: it carries an {@link ErrorCode} and a message that names the
 * offending token, path, value or plugin. Its message is shown as is, so never put an internal
 * exception class name in it.
 */
public class OrreryException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  private final ErrorCode code;

  public OrreryException(ErrorCode code, String message) {
    super(message);
    this.code = code;
  }

  public OrreryException(ErrorCode code, String message, Throwable cause) {
    super(message, cause);
    this.code = code;
  }

  public ErrorCode code() {
    return code;
  }

  /** "[code] message", the form users see. */
  public String userMessage() {
    return code.code() + ": " + getMessage();
  }
}
