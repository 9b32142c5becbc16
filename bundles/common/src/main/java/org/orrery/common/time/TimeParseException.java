package org.orrery.common.time;

import org.orrery.common.error.ErrorCode;
import org.orrery.common.error.OrreryException;

/** A time literal, duration or precision name that cannot be read; names the text. */
public class TimeParseException extends OrreryException {
  private static final long serialVersionUID = 1L;

  private final String text;

  public TimeParseException(String text, String problem) {
    super(ErrorCode.ILLEGAL_ARGUMENT, problem);
    this.text = text;
  }

  /** The offending text as written. */
  public String text() {
    return text;
  }
}
