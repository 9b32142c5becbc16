package org.orrery.udf.api.exception;

/**
 * The arguments of a UDF call are wrong: a missing or malformed attribute, the wrong number or
 * types of input series, or an access strategy parameter out of range.
 */
public class UDFParameterNotValidException extends UDFException {
  private static final long serialVersionUID = 1L;

  public UDFParameterNotValidException(String message) {
    super(message);
  }

  public UDFParameterNotValidException(String message, Throwable cause) {
    super(message, cause);
  }
}
