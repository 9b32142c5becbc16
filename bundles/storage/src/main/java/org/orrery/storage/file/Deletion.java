package org.orrery.storage.file;

import org.orrery.common.path.PartialPath;

/** A tombstone: the points of one series within {@code [from, to]} are deleted. */
public record Deletion(PartialPath device, String measurement, long from, long to) {
  public boolean covers(long time) {
    return time >= from && time <= to;
  }

  public boolean overlaps(long start, long end) {
    return from <= end && to >= start;
  }
}
