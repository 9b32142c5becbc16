package org.orrery.engine.storage;

import java.io.IOException;

/**
 * An open scan of a {@link SeriesQuery}: segments in scan order whose time ranges do not
 * overlap (the engine merges overlapping data into one segment before handing it out). Holds the
 * files it reads open until closed, so compaction cannot remove them underneath.
 */
public interface SeriesSource extends AutoCloseable {
  /** The next segment, or {@code null} at the end. */
  Segment next() throws IOException;

  @Override
  void close();
}
