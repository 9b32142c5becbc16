package org.orrery.common.path;

import org.orrery.common.error.ErrorCode;
import org.orrery.common.error.OrreryException;

/** A path or path pattern that is not well formed; the message names the path and the problem. */
public class IllegalPathException extends OrreryException {
  private static final long serialVersionUID = 1L;

  private final String path;

  public IllegalPathException(String path, String problem) {
    super(ErrorCode.ILLEGAL_ARGUMENT, "illegal path '" + path + "': " + problem);
    this.path = path;
  }

  /** The path text as the user wrote it. */
  public String path() {
    return path;
  }
}
