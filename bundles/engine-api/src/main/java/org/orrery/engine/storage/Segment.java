package org.orrery.engine.storage;

import java.io.IOException;
import org.orrery.common.block.Block;

/**
 * A stretch of a series scan (a file, chunk, page or memtable part) in time order. When the
 * points of the stretch are exactly what a query would see (no overlap with other data, no
 * deletion inside, wholly inside the requested time filter) the segment offers their
 * {@linkplain #statistics() statistics}, so aggregations can skip decoding; otherwise, or when
 * the caller needs the points, {@link #decode()} yields them.
 */
public interface Segment {
  /** Smallest time that may occur in the segment. */
  long startTime();

  /** Largest time that may occur in the segment. */
  long endTime();

  /**
   * Per requested measurement, statistics that equal the segment's visible points, or
   * {@code null} when they cannot be used (then call {@link #decode()}).
   */
  SeriesStatistics[] statistics();

  /**
   * The visible points: a block with times (scan order) and one column per requested
   * measurement (null where a measurement has no value at a time). Empty when everything in the
   * segment was filtered or deleted. Calling it after using statistics is allowed.
   */
  Block decode() throws IOException;

  /**
   * The visible points without their values, for aggregations that read only times and which
   * rows hold a value ({@code count}; see {@link org.orrery.engine.function.BoundAggregate#readsValues()}):
   * a block with exactly the times and null flags {@link #decode()} would return, whose non-null
   * positions hold unspecified values (storage fills TEXT, STRING and BLOB positions with an empty
   * array so they do not read as null). Storage can then skip decoding the values of non-aligned
   * series altogether and decode only the null bitmaps of aligned columns. The block's arrays
   * may be reused by the next {@code decodeTimes()} of the same scan (so a scan over large chunks
   * allocates its time arrays once): use the block before asking for the next one. The default
   * decodes everything.
   */
  default Block decodeTimes() throws IOException {
    return decode();
  }
}
