package org.orrery.engine.storage;

import java.util.List;
import java.util.Optional;
import org.orrery.common.error.OrreryException;
import org.orrery.common.path.PartialPath;
import org.osgi.annotation.versioning.ProviderType;

/**
 * The storage engine of a node. Thread-safe. Failures are {@link OrreryException}s
 * ({@code WRITE_REJECTED} when memory or disk is exhausted beyond back-pressure,
 * {@code IO_ERROR}, ...).
 */
@ProviderType
public interface StorageEngine {

  /**
   * Writes the batch: appends it to the WAL (waiting for fsync in {@code sync} mode), then to the
   * memtables. When this returns the batch is acknowledged and must survive a crash.
   */
  void write(WriteBatch batch);

  /** Writes several batches with one WAL group commit. */
  void write(List<WriteBatch> batches);

  /**
   * Deletes the points of the given measurements of a device within {@code [from, to]}: applied to
   * memtables at once and recorded in tombstone files of the affected TsFiles, durably.
   */
  void delete(PartialPath database, PartialPath device, List<String> measurements, long from, long to);

  /** Removes every file and memtable of a database. */
  void dropDatabase(PartialPath database);

  /** Sets the TTL that reads and compaction apply to a database's data. */
  void setTtl(PartialPath database, long ttlMillis);

  /** Opens a scan; close it when done. */
  SeriesSource open(SeriesQuery query);

  /** The newest point of a series, if it has one (from the last-value cache when warm). */
  Optional<LastPoint> last(PartialPath database, PartialPath device, boolean aligned, String measurement, org.orrery.common.type.DataType type);

  /** Flushes every memtable (or only the database's when not null) and waits for it. */
  void flush(PartialPath database);

  /** The state of each data region. */
  List<RegionStatus> regions();

  /**
   * Cumulative counters of what scans have read from files since the engine started (take two
   * snapshots and {@link ReadStatistics#minus subtract} to observe one query). Engines that do
   * not count return {@link ReadStatistics#NONE}.
   */
  default ReadStatistics readStatistics() {
    return ReadStatistics.NONE;
  }
}
