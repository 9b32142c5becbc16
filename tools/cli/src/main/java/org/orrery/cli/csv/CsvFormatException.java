package org.orrery.cli.csv;

import java.io.IOException;

/** A CSV file that cannot be read as the importer expects; the message names line and column. */
public final class CsvFormatException extends IOException {
  private static final long serialVersionUID = 1L;

  public CsvFormatException(String message) {
    super(message);
  }
}
