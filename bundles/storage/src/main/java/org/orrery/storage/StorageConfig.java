package org.orrery.storage;

/**
 * Settings of the storage engine, immutable. Start from {@link #defaults()} and change what you
 * need with the {@code with...} methods.
 *
 * @param partitionWidthMillis width of a time partition (files never span two)
 * @param walMode when writes are acknowledged relative to the WAL fsync
 * @param walAsyncSyncMillis in {@link WalMode#ASYNC}, the longest time an entry stays unsynced
 * @param walSegmentBytes a WAL segment is rolled over once it passes this size
 * @param memtableFlushBytes a region flushes its memtables once they hold this many bytes
 * @param memtableMaxAgeMillis a region flushes non-empty memtables older than this
 * @param memoryBudgetBytes memtable bytes of all regions (working and flushing) before writers
 *     are held back
 * @param writeBlockTimeoutMillis how long a held-back writer waits before WRITE_REJECTED
 * @param delayedRatioThreshold separate delayed data while the observed share of delayed points
 *     stays below this ratio (paper §5.2)
 * @param compactionEnabled whether background compaction runs
 * @param compactionIntervalMillis pause between background compaction rounds
 * @param compactionMBPerSecond write throughput allowed to compaction
 * @param compactionMinFiles inner-space compaction merges a partition once it has this many
 *     files of one kind
 * @param metadataCacheBytes bound (estimated heap bytes) of the cache of parsed TsFile metadata
 *     (file frames, devices, timeseries and chunk metadata with statistics) that scans share, so
 *     repeated queries do not read and parse the indexes of their files again; 0 disables it
 */
public record StorageConfig(
    long partitionWidthMillis,
    WalMode walMode,
    long walAsyncSyncMillis,
    long walSegmentBytes,
    long memtableFlushBytes,
    long memtableMaxAgeMillis,
    long memoryBudgetBytes,
    long writeBlockTimeoutMillis,
    double delayedRatioThreshold,
    boolean compactionEnabled,
    long compactionIntervalMillis,
    double compactionMBPerSecond,
    int compactionMinFiles,
    long metadataCacheBytes) {

  public static final long DAY_MILLIS = 24L * 3600 * 1000;

  public StorageConfig {
    positive(partitionWidthMillis, "partitionWidthMillis");
    positive(walAsyncSyncMillis, "walAsyncSyncMillis");
    positive(walSegmentBytes, "walSegmentBytes");
    positive(memtableFlushBytes, "memtableFlushBytes");
    positive(memtableMaxAgeMillis, "memtableMaxAgeMillis");
    positive(memoryBudgetBytes, "memoryBudgetBytes");
    positive(writeBlockTimeoutMillis, "writeBlockTimeoutMillis");
    positive(compactionIntervalMillis, "compactionIntervalMillis");
    if (walMode == null) {
      throw new IllegalArgumentException("walMode is missing");
    }
    if (!(delayedRatioThreshold >= 0 && delayedRatioThreshold <= 1)) {
      throw new IllegalArgumentException(
          "delayedRatioThreshold must lie in [0, 1], got " + delayedRatioThreshold);
    }
    if (!(compactionMBPerSecond > 0)) {
      throw new IllegalArgumentException(
          "compactionMBPerSecond must be positive, got " + compactionMBPerSecond);
    }
    if (metadataCacheBytes < 0) {
      throw new IllegalArgumentException("metadataCacheBytes must not be negative, got " + metadataCacheBytes);
    }
    if (compactionMinFiles < 2) {
      throw new IllegalArgumentException("compactionMinFiles must be at least 2, got " + compactionMinFiles);
    }
  }

  /** Settings with the default metadata cache (the form before that setting existed). */
  public StorageConfig(
      long partitionWidthMillis,
      WalMode walMode,
      long walAsyncSyncMillis,
      long walSegmentBytes,
      long memtableFlushBytes,
      long memtableMaxAgeMillis,
      long memoryBudgetBytes,
      long writeBlockTimeoutMillis,
      double delayedRatioThreshold,
      boolean compactionEnabled,
      long compactionIntervalMillis,
      double compactionMBPerSecond,
      int compactionMinFiles) {
    this(partitionWidthMillis, walMode, walAsyncSyncMillis, walSegmentBytes, memtableFlushBytes,
        memtableMaxAgeMillis, memoryBudgetBytes, writeBlockTimeoutMillis, delayedRatioThreshold,
        compactionEnabled, compactionIntervalMillis, compactionMBPerSecond, compactionMinFiles,
        defaultMetadataCacheBytes());
  }

  private static void positive(long value, String name) {
    if (value <= 0) {
      throw new IllegalArgumentException(name + " must be positive, got " + value);
    }
  }

  /**
   * A working single node: 7-day partitions, WAL sync, 64 MiB memtables flushed after at most 10
   * minutes, a budget of a quarter of the heap, writers rejected after 30 s of back-pressure,
   * separation while fewer than half of the points are delayed, compaction every 30 s at 32 MB/s
   * once 4 files of a kind share a partition, a metadata cache of 1/32 of the heap between 4 and
   * 64 MiB.
   */
  public static StorageConfig defaults() {
    long budget = Math.max(64L << 20, Runtime.getRuntime().maxMemory() / 4);
    return new StorageConfig(
        7 * DAY_MILLIS, WalMode.SYNC, 1000, 64L << 20, Math.min(64L << 20, budget / 2),
        10 * 60_000L, budget, 30_000, 0.5, true, 30_000, 32, 4, defaultMetadataCacheBytes());
  }

  public StorageConfig withPartitionWidthMillis(long v) {
    return new StorageConfig(v, walMode, walAsyncSyncMillis, walSegmentBytes, memtableFlushBytes,
        memtableMaxAgeMillis, memoryBudgetBytes, writeBlockTimeoutMillis, delayedRatioThreshold,
        compactionEnabled, compactionIntervalMillis, compactionMBPerSecond, compactionMinFiles, metadataCacheBytes);
  }

  public StorageConfig withWalMode(WalMode v) {
    return new StorageConfig(partitionWidthMillis, v, walAsyncSyncMillis, walSegmentBytes,
        memtableFlushBytes, memtableMaxAgeMillis, memoryBudgetBytes, writeBlockTimeoutMillis,
        delayedRatioThreshold, compactionEnabled, compactionIntervalMillis, compactionMBPerSecond,
        compactionMinFiles, metadataCacheBytes);
  }

  public StorageConfig withWalSegmentBytes(long v) {
    return new StorageConfig(partitionWidthMillis, walMode, walAsyncSyncMillis, v,
        memtableFlushBytes, memtableMaxAgeMillis, memoryBudgetBytes, writeBlockTimeoutMillis,
        delayedRatioThreshold, compactionEnabled, compactionIntervalMillis, compactionMBPerSecond,
        compactionMinFiles, metadataCacheBytes);
  }

  public StorageConfig withMemtableFlushBytes(long v) {
    return new StorageConfig(partitionWidthMillis, walMode, walAsyncSyncMillis, walSegmentBytes, v,
        memtableMaxAgeMillis, memoryBudgetBytes, writeBlockTimeoutMillis, delayedRatioThreshold,
        compactionEnabled, compactionIntervalMillis, compactionMBPerSecond, compactionMinFiles, metadataCacheBytes);
  }

  public StorageConfig withMemoryBudgetBytes(long v) {
    return new StorageConfig(partitionWidthMillis, walMode, walAsyncSyncMillis, walSegmentBytes,
        memtableFlushBytes, memtableMaxAgeMillis, v, writeBlockTimeoutMillis, delayedRatioThreshold,
        compactionEnabled, compactionIntervalMillis, compactionMBPerSecond, compactionMinFiles, metadataCacheBytes);
  }

  public StorageConfig withWriteBlockTimeoutMillis(long v) {
    return new StorageConfig(partitionWidthMillis, walMode, walAsyncSyncMillis, walSegmentBytes,
        memtableFlushBytes, memtableMaxAgeMillis, memoryBudgetBytes, v, delayedRatioThreshold,
        compactionEnabled, compactionIntervalMillis, compactionMBPerSecond, compactionMinFiles, metadataCacheBytes);
  }

  public StorageConfig withDelayedRatioThreshold(double v) {
    return new StorageConfig(partitionWidthMillis, walMode, walAsyncSyncMillis, walSegmentBytes,
        memtableFlushBytes, memtableMaxAgeMillis, memoryBudgetBytes, writeBlockTimeoutMillis, v,
        compactionEnabled, compactionIntervalMillis, compactionMBPerSecond, compactionMinFiles, metadataCacheBytes);
  }

  public StorageConfig withCompaction(boolean enabled, long intervalMillis, double mbPerSecond) {
    return new StorageConfig(partitionWidthMillis, walMode, walAsyncSyncMillis, walSegmentBytes,
        memtableFlushBytes, memtableMaxAgeMillis, memoryBudgetBytes, writeBlockTimeoutMillis,
        delayedRatioThreshold, enabled, intervalMillis, mbPerSecond, compactionMinFiles, metadataCacheBytes);
  }

  public StorageConfig withCompactionMinFiles(int v) {
    return new StorageConfig(partitionWidthMillis, walMode, walAsyncSyncMillis, walSegmentBytes,
        memtableFlushBytes, memtableMaxAgeMillis, memoryBudgetBytes, writeBlockTimeoutMillis,
        delayedRatioThreshold, compactionEnabled, compactionIntervalMillis, compactionMBPerSecond, v, metadataCacheBytes);
  }

  public StorageConfig withMemtableMaxAgeMillis(long v) {
    return new StorageConfig(partitionWidthMillis, walMode, walAsyncSyncMillis, walSegmentBytes,
        memtableFlushBytes, v, memoryBudgetBytes, writeBlockTimeoutMillis, delayedRatioThreshold,
        compactionEnabled, compactionIntervalMillis, compactionMBPerSecond, compactionMinFiles, metadataCacheBytes);
  }

  /** 1/32 of the heap, at least 4 MiB and at most 64 MiB. */
  static long defaultMetadataCacheBytes() {
    return Math.max(4L << 20, Math.min(64L << 20, Runtime.getRuntime().maxMemory() / 32));
  }

  public StorageConfig withMetadataCacheBytes(long v) {
    return new StorageConfig(partitionWidthMillis, walMode, walAsyncSyncMillis, walSegmentBytes,
        memtableFlushBytes, memtableMaxAgeMillis, memoryBudgetBytes, writeBlockTimeoutMillis,
        delayedRatioThreshold, compactionEnabled, compactionIntervalMillis, compactionMBPerSecond,
        compactionMinFiles, v);
  }
}
