package org.orrery.cli;

/** A command line that cannot be run; the message names the offending argument. */
public final class UsageException extends Exception {
  private static final long serialVersionUID = 1L;

  public UsageException(String message) {
    super(message);
  }
}
