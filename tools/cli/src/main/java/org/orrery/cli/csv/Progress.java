package org.orrery.cli.csv;

/** Receives progress of a long import or export. */
public interface Progress {
  /** Progress that shows nothing (output not on a terminal, or tests). */
  Progress NONE = new Progress() {
    @Override
    public void update(long done, long total, long rows) {}

    @Override
    public void finish(long rows) {}
  };

  /**
   * @param done units done so far (bytes read for an import)
   * @param total units in all, or -1 when unknown (an export's result size)
   * @param rows rows handled so far
   */
  void update(long done, long total, long rows);

  /** The work is over; {@code rows} were handled. */
  void finish(long rows);
}
