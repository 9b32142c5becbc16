package org.orrery.model.api.exception;

/**
 * The input or the options of an inference do not fit the model: too few points, a covariate of
 * the wrong length, an output length beyond the model's limit, a malformed parameter. The user
 * can fix it by changing the call.
 */
public class ModelInputException extends ModelException {
  private static final long serialVersionUID = 1L;

  public ModelInputException(String message) {
    super(message);
  }

  public ModelInputException(String message, Throwable cause) {
    super(message, cause);
  }
}
