package org.orrery.model.api.exception;

/**
 * A pipeline produced a forecast of the wrong shape: a fault of the model, not of the call.
 */
public class ModelOutputException extends ModelException {
  private static final long serialVersionUID = 1L;

  public ModelOutputException(String message) {
    super(message);
  }
}
