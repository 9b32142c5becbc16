package org.orrery.engine.schema;

import java.util.Objects;
import org.orrery.common.path.PartialPath;

/**
 * A database (IoTDB's "storage group"): the subtree of devices whose data lives in the same data
 * regions.
 *
 * @param path the database path, e.g. {@code root.ln}
 * @param ttlMillis time to live of its data in milliseconds, or {@link #NO_TTL}
 * @param timePartitionMillis the width of a time partition of its data
 */
public record DatabaseInfo(PartialPath path, long ttlMillis, long timePartitionMillis) {
  /** TTL value meaning data never expires. */
  public static final long NO_TTL = Long.MAX_VALUE;

  public DatabaseInfo {
    Objects.requireNonNull(path, "path");
  }

  public boolean hasTtl() {
    return ttlMillis != NO_TTL;
  }
}
