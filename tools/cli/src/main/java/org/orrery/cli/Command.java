package org.orrery.cli;

/** What one invocation does. */
public enum Command {
  /** Interactive shell, or statements from {@code -e} / {@code -f}. */
  SQL("sql"),
  /** {@code import-csv}: load CSV files into the server. */
  IMPORT_CSV("import-csv"),
  /** {@code export-csv}: write query results as CSV files. */
  EXPORT_CSV("export-csv");

  private final String word;

  Command(String word) {
    this.word = word;
  }

  /** The word that selects the command on the command line. */
  public String word() {
    return word;
  }
}
