package org.orrery.schema.store;

/** Bytes that do not decode as the format says: a damaged log entry or snapshot. */
final class MalformedDataException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  MalformedDataException(String message) {
    super(message);
  }
}
