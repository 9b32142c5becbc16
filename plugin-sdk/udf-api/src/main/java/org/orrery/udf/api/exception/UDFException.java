package org.orrery.udf.api.exception;

/**
 * A failure a UDF reports to the user. The server shows the message to the user as is, so it
 * should name the offending attribute, input or value.
 */
public class UDFException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  public UDFException(String message) {
    super(message);
  }

  public UDFException(String message, Throwable cause) {
    super(message, cause);
  }
}
