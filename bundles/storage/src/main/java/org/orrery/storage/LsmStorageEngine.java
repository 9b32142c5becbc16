package org.orrery.storage;

import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.orrery.codec.api.CodecRegistry;
import org.orrery.common.error.ErrorCode;
import org.orrery.common.error.OrreryException;
import org.orrery.common.path.PartialPath;
import org.orrery.common.type.DataType;
import org.orrery.engine.storage.LastPoint;
import org.orrery.engine.storage.ReadStatistics;
import org.orrery.engine.storage.RegionStatus;
import org.orrery.engine.storage.SeriesQuery;
import org.orrery.engine.storage.SeriesSource;
import org.orrery.engine.storage.StorageEngine;
import org.orrery.engine.storage.WriteBatch;
import org.orrery.storage.compaction.Compactor;
import org.orrery.storage.flush.FlushPipeline;
import org.orrery.storage.memtable.ChunkPool;
import org.orrery.storage.read.ScanCounters;
import org.orrery.tsfile.read.MetadataCache;
import org.orrery.storage.region.DataRegion;
import org.orrery.storage.region.DirNames;
import org.orrery.storage.region.LastValues;
import org.orrery.storage.region.MemoryBudget;
import org.orrery.tsfile.read.ReadCounters;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The LSM storage engine (paper §5.1): one {@link DataRegion} per database under
 * {@code dataDir}, a shared flush pipeline and memory budget, and background threads for the
 * async WAL fsync, age-based flushes and throttled compaction. Regions found on disk are
 * recovered when the engine is built. Close it to stop the threads (memtables are flushed).
 */
public final class LsmStorageEngine implements StorageEngine, AutoCloseable {
  private static final Logger LOG = LoggerFactory.getLogger(LsmStorageEngine.class);
  private static final int REGION_ID = 0;

  private final StorageConfig config;
  private final Path dataDir;
  private final CodecRegistry codecs;
  private final MemoryBudget budget;
  /**
   * Memtable chunks of committed flushes, shared by all regions; it keeps at most one memtable's
   * worth ({@code memtableFlushBytes}) and at most a quarter of the memory budget: the heap it
   * may hold beyond the memtables.
   */
  private final ChunkPool chunkPool;
  private final FlushPipeline pipeline;
  private final ScanCounters counters = new ScanCounters();
  private final MetadataCache metadataCache;
  private final Map<PartialPath, DataRegion> regions = new ConcurrentHashMap<>();
  private final Map<PartialPath, Long> ttls = new ConcurrentHashMap<>();
  private final ScheduledExecutorService background;
  private final Object compactionLock = new Object();
  private volatile boolean closed;

  public LsmStorageEngine(StorageConfig config, Path dataDir, CodecRegistry codecs) {
    this.config = config;
    this.dataDir = dataDir;
    this.codecs = codecs;
    this.metadataCache = new MetadataCache(config.metadataCacheBytes());
    this.budget = new MemoryBudget(config.memoryBudgetBytes(), config.writeBlockTimeoutMillis());
    this.chunkPool = new ChunkPool(Math.min(config.memtableFlushBytes(), config.memoryBudgetBytes() / 4));
    // Encoding pages dominates a flush; one worker per core (up to 4) encodes generations in parallel.
    this.pipeline = new FlushPipeline("orrery-storage",
        Math.max(1, Math.min(4, Runtime.getRuntime().availableProcessors())));
    try {
      for (PartialPath db : databasesOnDisk()) {
        regions.put(db, openRegion(db));
      }
    } catch (IOException | RuntimeException e) {
      pipeline.close();
      throw e instanceof OrreryException o ? o
          : new OrreryException(ErrorCode.IO_ERROR, "recovering storage in " + dataDir + " failed: " + e.getMessage(), e);
    }
    background = Executors.newScheduledThreadPool(2, r -> {
      Thread t = new Thread(r, "orrery-storage-background");
      t.setDaemon(true);
      return t;
    });
    long tick = Math.min(config.walAsyncSyncMillis(), 1000);
    background.scheduleWithFixedDelay(this::housekeeping, tick, tick, TimeUnit.MILLISECONDS);
    if (config.compactionEnabled()) {
      background.scheduleWithFixedDelay(this::compactQuietly, config.compactionIntervalMillis(),
          config.compactionIntervalMillis(), TimeUnit.MILLISECONDS);
    }
  }

  private Set<PartialPath> databasesOnDisk() throws IOException {
    Set<PartialPath> out = new LinkedHashSet<>();
    for (String kind : new String[] {"sequence", "unsequence"}) {
      Path root = dataDir.resolve("data").resolve(kind);
      if (Files.isDirectory(root)) {
        try (DirectoryStream<Path> dirs = Files.newDirectoryStream(root, Files::isDirectory)) {
          for (Path d : dirs) {
            out.add(DirNames.decode(d.getFileName().toString()));
          }
        }
      }
    }
    Path wal = dataDir.resolve("wal");
    if (Files.isDirectory(wal)) {
      try (DirectoryStream<Path> dirs = Files.newDirectoryStream(wal, Files::isDirectory)) {
        for (Path d : dirs) {
          String name = d.getFileName().toString();
          int dash = name.lastIndexOf('-');
          if (dash > 0) {
            out.add(DirNames.decode(name.substring(0, dash)));
          }
        }
      }
    }
    return out;
  }

  private DataRegion openRegion(PartialPath database) throws IOException {
    DataRegion r = DataRegion.open(database, REGION_ID, dataDir, config, codecs, budget, pipeline, counters,
        metadataCache, chunkPool);
    Long ttl = ttls.get(database);
    if (ttl != null) {
      r.setTtl(ttl);
    }
    return r;
  }

  private DataRegion region(PartialPath database, boolean create) {
    checkOpen();
    DataRegion r = regions.get(database);
    if (r != null || !create) {
      return r;
    }
    synchronized (regions) {
      r = regions.get(database);
      if (r == null) {
        try {
          r = openRegion(database);
        } catch (IOException e) {
          throw new OrreryException(ErrorCode.IO_ERROR,
              "creating the data region of " + database + " failed: " + e.getMessage(), e);
        }
        regions.put(database, r);
      }
      return r;
    }
  }

  private void checkOpen() {
    if (closed) {
      throw new OrreryException(ErrorCode.IO_ERROR, "storage engine in " + dataDir + " is closed");
    }
  }

  @Override
  public void write(WriteBatch batch) {
    write(List.of(batch));
  }

  @Override
  public void write(List<WriteBatch> batches) {
    if (batches.isEmpty()) {
      return;
    }
    budget.awaitRoom(this::relieveMemoryPressure);
    Map<PartialPath, List<WriteBatch>> byDatabase = new HashMap<>();
    for (WriteBatch b : batches) {
      byDatabase.computeIfAbsent(b.database(), k -> new ArrayList<>()).add(b);
    }
    for (Map.Entry<PartialPath, List<WriteBatch>> e : byDatabase.entrySet()) {
      region(e.getKey(), true).write(e.getValue());
    }
  }

  /** Flushes the region with the most working memtable bytes (writers are waiting for memory). */
  private void relieveMemoryPressure() {
    regions.values().stream()
        .max(Comparator.comparingLong(DataRegion::workingBytes))
        .filter(r -> r.workingBytes() > 0)
        .ifPresent(DataRegion::requestFlush);
  }

  @Override
  public void delete(PartialPath database, PartialPath device, List<String> measurements, long from, long to) {
    DataRegion r = region(database, false);
    if (r != null && !measurements.isEmpty() && from <= to) {
      r.delete(device, measurements, from, to);
    }
  }

  @Override
  public void dropDatabase(PartialPath database) {
    checkOpen();
    DataRegion r;
    synchronized (regions) {
      r = regions.remove(database);
    }
    ttls.remove(database);
    if (r != null) {
      synchronized (compactionLock) {
        r.drop();
      }
    }
  }

  @Override
  public void setTtl(PartialPath database, long ttlMillis) {
    ttls.put(database, ttlMillis);
    DataRegion r = regions.get(database);
    if (r != null) {
      r.setTtl(ttlMillis);
    }
  }

  @Override
  public SeriesSource open(SeriesQuery query) {
    DataRegion r = region(query.database(), false);
    if (r == null) {
      return new SeriesSource() {
        @Override
        public org.orrery.engine.storage.Segment next() {
          return null;
        }

        @Override
        public void close() {}
      };
    }
    return r.open(query);
  }

  @Override
  public Optional<LastPoint> last(PartialPath database, PartialPath device, boolean aligned,
      String measurement, DataType type) {
    DataRegion r = region(database, false);
    if (r == null) {
      return Optional.empty();
    }
    return LastValues.last(r, device, aligned, measurement, type);
  }

  @Override
  public void flush(PartialPath database) {
    checkOpen();
    if (database != null) {
      DataRegion r = regions.get(database);
      if (r != null) {
        r.flushAndWait();
      }
      return;
    }
    for (DataRegion r : regions.values()) {
      r.flushAndWait();
    }
  }

  @Override
  public List<RegionStatus> regions() {
    List<RegionStatus> out = new ArrayList<>();
    for (DataRegion r : regions.values()) {
      out.add(r.status());
    }
    out.sort(Comparator.comparing(RegionStatus::database));
    return out;
  }

  /** Runs one compaction round over every region now; returns the compactions done. */
  public int compactNow() {
    checkOpen();
    int done = 0;
    synchronized (compactionLock) {
      for (DataRegion r : regions.values()) {
        try {
          done += new Compactor(r, config.compactionMinFiles(), config.compactionMBPerSecond()).runOnce();
        } catch (IOException e) {
          throw new OrreryException(ErrorCode.IO_ERROR,
              "compacting " + r.database() + " failed: " + e.getMessage(), e);
        }
      }
    }
    return done;
  }

  private void compactQuietly() {
    try {
      if (!closed) {
        compactNow();
      }
    } catch (RuntimeException e) {
      LOG.warn("background compaction failed: {}", e.getMessage(), e);
    }
  }

  private void housekeeping() {
    long now = System.currentTimeMillis();
    for (DataRegion r : regions.values()) {
      try {
        if (config.walMode() == WalMode.ASYNC) {
          r.syncWal();
        }
        r.flushIfOlderThan(config.memtableMaxAgeMillis(), now);
      } catch (RuntimeException e) {
        LOG.warn("housekeeping of {} failed: {}", r.database(), e.getMessage());
      }
    }
  }

  /** The cache of parsed file metadata that scans share (for tests and metrics). */
  public MetadataCache metadataCache() {
    return metadataCache;
  }

  /** Counters of every TsFile read of scans (pages decoded, chunks skipped, ...). */
  public ReadCounters readCounters() {
    return counters.tsfile();
  }

  @Override
  public ReadStatistics readStatistics() {
    return counters.snapshot();
  }

  /** Stable time per device of a database (empty when the database has no region). */
  public Map<PartialPath, Long> stableTimes(PartialPath database) {
    DataRegion r = regions.get(database);
    return r == null ? Map.of() : r.stableTimes();
  }

  /** Bytes of memtables (working and flushing) of all regions. */
  public long memtableBytes() {
    return budget.used();
  }

  public Path dataDir() {
    return dataDir;
  }

  /** Flushes every region, stops the background threads and closes the WALs. */
  @Override
  public void close() {
    shutdown(true);
  }

  /**
   * Stops without flushing, as a crash would leave things, except that the WAL written so far is
   * synced: the memtables are recovered from it at the next start. For tests and fast shutdown.
   */
  public void closeWithoutFlush() {
    shutdown(false);
  }

  private void shutdown(boolean flush) {
    if (closed) {
      return;
    }
    background.shutdown();
    try {
      background.awaitTermination(30, TimeUnit.SECONDS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
    synchronized (compactionLock) {
      closed = true;
    }
    RuntimeException first = null;
    for (DataRegion r : regions.values()) {
      try {
        r.close(flush);
      } catch (RuntimeException e) {
        first = first == null ? e : first;
      }
    }
    pipeline.close();
    if (first != null) {
      throw first;
    }
  }
}
