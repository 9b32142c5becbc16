package org.orrery.storage.region;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.atomic.AtomicLong;
import org.orrery.codec.api.CodecRegistry;
import org.orrery.common.error.ErrorCode;
import org.orrery.common.error.OrreryException;
import org.orrery.common.path.PartialPath;
import org.orrery.engine.storage.RegionStatus;
import org.orrery.engine.storage.SeriesQuery;
import org.orrery.engine.storage.SeriesSource;
import org.orrery.engine.storage.WriteBatch;
import org.orrery.storage.StorageConfig;
import org.orrery.storage.WalMode;
import org.orrery.storage.compaction.CompactionHost;
import org.orrery.storage.compaction.CompactionLog;
import org.orrery.storage.file.Deletion;
import org.orrery.storage.file.FileKind;
import org.orrery.storage.file.TsFileName;
import org.orrery.storage.file.TsFileResource;
import org.orrery.storage.flush.FlushGeneration;
import org.orrery.storage.flush.FlushPipeline;
import org.orrery.storage.flush.FlushTarget;
import org.orrery.storage.memtable.ChunkPool;
import org.orrery.storage.memtable.MemTable;
import org.orrery.storage.read.Intervals;
import org.orrery.storage.read.ReadSource;
import org.orrery.storage.read.RegionSeriesSource;
import org.orrery.storage.read.ScanCounters;
import org.orrery.tsfile.read.MetadataCache;
import org.orrery.storage.wal.WalEntry;
import org.orrery.storage.wal.WalEntryCodec;
import org.orrery.storage.wal.WalFormat;
import org.orrery.storage.wal.WalReader;
import org.orrery.storage.wal.WalSegments;
import org.orrery.storage.wal.WalWriter;
import org.orrery.tsfile.write.WriterOptions;

/**
 * The storage of one database (a series family, paper §3.2.2): its WAL, its normal and delayed
 * memtables, the generations being flushed, and its sequence and unsequence TsFiles. One lock
 * orders writes, deletions, memtable switches and the snapshots reads and compactions take; file
 * I/O of flushes and compactions runs outside it.
 */
public final class DataRegion implements FlushTarget, CompactionHost {
  private final PartialPath database;
  private final int regionId;
  private final StorageConfig config;
  private final RegionPaths paths;
  private final CodecRegistry codecs;
  private final WriterOptions writerOptions;
  private final MemoryBudget budget;
  private final FlushPipeline pipeline;
  private final ScanCounters counters;
  /** Parsed metadata of files, shared by the engine's scans; files leaving the region are dropped from it. */
  private final MetadataCache metadata;
  private final DelaySeparationPolicy policy;
  private final LastValueCache lastCache = new LastValueCache();
  private final AtomicLong mutations = new AtomicLong();
  private final Object lock = new Object();

  private final MemtableWriter memtables;
  /** Value chunks of committed generations, reused by the next memtables (engine-wide, bounded). */
  private final ChunkPool chunks;
  private final List<FlushGeneration> flushing = new ArrayList<>();
  private final List<TsFileResource> seqFiles = new ArrayList<>();
  private final List<TsFileResource> unseqFiles = new ArrayList<>();
  private WalWriter wal;
  private long walStartSegment;
  private long nextVersion;
  private volatile long ttlMillis = Long.MAX_VALUE;
  private boolean closed;

  private DataRegion(
      PartialPath database, int regionId, StorageConfig config, RegionPaths paths,
      CodecRegistry codecs, MemoryBudget budget, FlushPipeline pipeline, ScanCounters counters,
      MetadataCache metadata, ChunkPool chunks) {
    this.database = database;
    this.regionId = regionId;
    this.config = config;
    this.paths = paths;
    this.codecs = codecs;
    this.budget = budget;
    this.pipeline = pipeline;
    this.counters = counters;
    this.metadata = metadata;
    this.writerOptions = WriterOptions.defaults().withChunkGroupSizeBytes(8L << 20);
    this.policy = new DelaySeparationPolicy(config.delayedRatioThreshold());
    this.chunks = chunks;
    this.memtables = new MemtableWriter(policy, budget, lastCache, chunks);
  }

  /**
   * Opens (and recovers) the region of {@code database} under {@code dataDir}: finishes or rolls
   * back logged compactions, drops unfinished flush outputs, loads the files, replays the WAL
   * written after the last flushed checkpoint into memtables, and starts a new WAL segment.
   */
  public static DataRegion open(
      PartialPath database, int regionId, Path dataDir, StorageConfig config, CodecRegistry codecs,
      MemoryBudget budget, FlushPipeline pipeline, ScanCounters counters, MetadataCache metadata,
      ChunkPool chunks) throws IOException {
    RegionPaths paths = RegionPaths.of(dataDir, database, regionId);
    DataRegion r = new DataRegion(database, regionId, config, paths, codecs, budget, pipeline, counters,
        metadata, chunks);
    r.recover();
    return r;
  }

  private void recover() throws IOException {
    CompactionLog.recover(paths.root(FileKind.SEQUENCE), paths.root(FileKind.UNSEQUENCE));
    seqFiles.addAll(RegionFiles.load(paths.root(FileKind.SEQUENCE), FileKind.SEQUENCE));
    unseqFiles.addAll(RegionFiles.load(paths.root(FileKind.UNSEQUENCE), FileKind.UNSEQUENCE));
    sortFiles();
    long maxVersion = 0;
    long checkpoint = 0;
    for (TsFileResource f : allFiles()) {
      maxVersion = Math.max(maxVersion, f.version());
      checkpoint = Math.max(checkpoint, f.walCheckpoint());
    }
    for (TsFileResource f : seqFiles) {
      memtables.raiseStableTimes(f.deviceRanges());
    }
    nextVersion = maxVersion + 1;
    memtables.reset(nextVersion++, System.currentTimeMillis());
    List<Long> segments = WalSegments.list(paths.wal());
    for (long s : segments) {
      if (s < checkpoint) {
        java.nio.file.Files.deleteIfExists(paths.wal().resolve(WalFormat.fileName(s)));
      }
    }
    long last = WalReader.replay(paths.wal(), checkpoint, database, this::replay);
    long firstNew = Math.max(checkpoint, last + 1);
    walStartSegment = firstNew;
    for (long s : segments) {
      if (s >= checkpoint) {
        walStartSegment = Math.min(walStartSegment, s);
      }
    }
    wal = WalWriter.open(paths.wal(), firstNew, config.walSegmentBytes());
    if (memtables.bytes() >= config.memtableFlushBytes()) {
      synchronized (lock) {
        switchLocked();
      }
    }
  }

  private void replay(WalEntry entry) throws IOException {
    if (entry instanceof WalEntry.Write w) {
      memtables.checkAndInsert(w.batch());
    } else {
      WalEntry.Delete d = (WalEntry.Delete) entry;
      applyDelete(d.device(), d.measurements(), d.from(), d.to());
    }
  }

  private void sortFiles() {
    Comparator<TsFileResource> byVersion = Comparator.comparingLong(TsFileResource::version);
    seqFiles.sort(byVersion);
    unseqFiles.sort(byVersion);
  }

  private List<TsFileResource> allFiles() {
    List<TsFileResource> all = new ArrayList<>(seqFiles);
    all.addAll(unseqFiles);
    return all;
  }

  public PartialPath database() {
    return database;
  }

  // ---- writes -------------------------------------------------------------------------------

  /**
   * Appends the batches to the WAL and the memtables (validated first, so either all go in or
   * none), then in sync mode waits for the WAL fsync shared with concurrent writers.
   */
  public void write(List<WriteBatch> batches) {
    long position = 0;
    synchronized (lock) {
      checkOpen();
      for (WriteBatch b : batches) {
        memtables.check(b);
        SeriesCodecCheck.check(codecs, b);
      }
      try {
        for (WriteBatch b : batches) {
          if (b.rowCount() > 0) {
            position = wal.append(WalEntryCodec.entryType(b), out -> WalEntryCodec.writeEntry(out, b));
          }
        }
      } catch (IOException e) {
        throw ioError("appending to the WAL of " + database, e);
      }
      for (WriteBatch b : batches) {
        memtables.insert(b);
      }
      mutations.incrementAndGet();
      if (memtables.bytes() >= config.memtableFlushBytes()) {
        switchLocked();
      }
    }
    if (config.walMode() == WalMode.SYNC && position > 0) {
      awaitDurable(position);
    }
  }

  private void awaitDurable(long position) {
    try {
      wal.awaitDurable(position);
    } catch (IOException e) {
      throw ioError("syncing the WAL of " + database, e);
    }
  }

  /** Syncs the WAL (the async mode's periodic fsync). */
  public void syncWal() {
    WalWriter w;
    synchronized (lock) {
      if (closed) {
        return;
      }
      w = wal;
    }
    try {
      w.syncAll();
    } catch (IOException e) {
      throw ioError("syncing the WAL of " + database, e);
    }
  }

  /** Bytes in the working memtables (what a flush of this region would free). */
  public long workingBytes() {
    synchronized (lock) {
      return memtables.bytes();
    }
  }

  // ---- deletion -----------------------------------------------------------------------------

  public void delete(PartialPath device, List<String> measurements, long from, long to) {
    long position;
    synchronized (lock) {
      checkOpen();
      try {
        position = wal.append(WalFormat.ENTRY_DELETE, out -> org.orrery.storage.wal.WalEntryCodec
            .writeDelete(out, new WalEntry.Delete(device, measurements, from, to)));
        applyDelete(device, measurements, from, to);
      } catch (IOException e) {
        throw ioError("recording the deletion of " + device + " in " + database, e);
      }
      mutations.incrementAndGet();
    }
    awaitDurable(position);
  }

  /** Applies a deletion to memtables, flushing generations and the mods of affected files. */
  private void applyDelete(PartialPath device, List<String> measurements, long from, long to)
      throws IOException {
    memtables.delete(device, measurements, from, to);
    List<Deletion> records = new ArrayList<>();
    for (String m : measurements) {
      records.add(new Deletion(device, m, from, to));
    }
    for (FlushGeneration g : flushing) {
      g.pendingDeletions().addAll(records);
    }
    for (TsFileResource f : allFiles()) {
      if (f.overlaps(device, from, to)) {
        List<Deletion> fresh = new ArrayList<>(records);
        fresh.removeAll(f.deletions());
        f.addDeletions(fresh);
      }
    }
    lastCache.invalidate(device, measurements);
  }

  // ---- flush --------------------------------------------------------------------------------

  /** Freezes the working memtables and queues them for flushing; null when they are empty. */
  private FlushGeneration switchLocked() {
    if (memtables.isEmpty()) {
      return null;
    }
    long checkpoint;
    try {
      checkpoint = wal.roll();
    } catch (IOException e) {
      throw ioError("rolling the WAL of " + database, e);
    }
    MemTable[] frozen = memtables.freeze();
    FlushGeneration g = new FlushGeneration(frozen[0], frozen[1], walStartSegment, checkpoint);
    walStartSegment = checkpoint;
    flushing.add(g);
    memtables.reset(nextVersion++, System.currentTimeMillis());
    pipeline.submit(this, g);
    return g;
  }

  /** Starts a flush of the working memtables (if any) without waiting. */
  public void requestFlush() {
    synchronized (lock) {
      if (!closed) {
        switchLocked();
      }
    }
  }

  /** Flushes when the working memtables are older than {@code maxAgeMillis}. */
  public void flushIfOlderThan(long maxAgeMillis, long now) {
    synchronized (lock) {
      if (!closed && !memtables.isEmpty() && now - memtables.createdMillis() >= maxAgeMillis) {
        switchLocked();
      }
    }
  }

  /** Flushes the working memtables and waits until every generation of the region is on disk. */
  public void flushAndWait() {
    List<CompletableFuture<Void>> waits = new ArrayList<>();
    synchronized (lock) {
      checkOpen();
      switchLocked();
      for (FlushGeneration g : flushing) {
        waits.add(g.done());
      }
    }
    for (CompletableFuture<Void> f : waits) {
      try {
        f.get();
      } catch (ExecutionException e) {
        throw ioError("flushing " + database, e.getCause());
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new OrreryException(ErrorCode.IO_ERROR, "interrupted while flushing " + database);
      }
    }
  }

  @Override
  public long partitionOf(long time) {
    return Math.floorDiv(time, config.partitionWidthMillis());
  }

  @Override
  public Path newFilePath(FileKind kind, long partition, long version) {
    return paths.partition(kind, partition).resolve(new TsFileName(version, 0, 0).fileName());
  }

  @Override
  public CodecRegistry codecs() {
    return codecs;
  }

  @Override
  public WriterOptions writerOptions() {
    return writerOptions;
  }

  @Override
  public long safeCheckpoint(FlushGeneration generation) {
    synchronized (lock) {
      int index = flushing.indexOf(generation);
      return index <= 0 ? generation.checkpoint() : flushing.get(0).startSegment();
    }
  }

  @Override
  public void commitFlush(FlushGeneration generation, List<TsFileResource> files) {
    boolean oldest;
    synchronized (lock) {
      try {
        for (TsFileResource f : files) {
          List<Deletion> relevant = new ArrayList<>();
          for (Deletion d : generation.pendingDeletions()) {
            if (f.overlaps(d.device(), d.from(), d.to())) {
              relevant.add(d);
            }
          }
          f.addDeletions(relevant);
        }
      } catch (IOException e) {
        throw ioError("recording deletions in new files of " + database, e);
      }
      for (TsFileResource f : files) {
        (f.kind() == FileKind.SEQUENCE ? seqFiles : unseqFiles).add(f);
      }
      sortFiles();
      oldest = flushing.indexOf(generation) == 0;
      flushing.remove(generation);
      // Off the flushing list, the generation's memtables are out of every reader's reach (scans
      // copy memtable rows under this lock) and the flush has written them: recycle their chunks.
      chunks.recycle(generation.normal());
      chunks.recycle(generation.delayed());
    }
    budget.release(generation.bytes());
    if (oldest && !closed) {
      try {
        wal.deleteSegmentsBelow(generation.checkpoint());
      } catch (IOException e) {
        // The files are committed; old segments would only be replayed once more after a crash
        // and are skipped by the checkpoint in the resource files.
        org.slf4j.LoggerFactory.getLogger(DataRegion.class)
            .warn("could not delete WAL segments of {}: {}", database, e.toString());
      }
    }
    generation.done().complete(null);
  }

  @Override
  public void flushFailed(FlushGeneration generation, Throwable error) {
    generation.markFailed();
    generation.done().completeExceptionally(error);
  }

  // ---- reads --------------------------------------------------------------------------------

  /** The TTL horizon: points before it are expired. */
  @Override
  public long ttlHorizon() {
    long ttl = ttlMillis;
    if (ttl == Long.MAX_VALUE) {
      return Long.MIN_VALUE;
    }
    long now = System.currentTimeMillis();
    return ttl >= now ? Long.MIN_VALUE : now - ttl;
  }

  public void setTtl(long ttl) {
    ttlMillis = ttl <= 0 ? Long.MAX_VALUE : ttl;
    lastCache.clear();
  }

  public SeriesSource open(SeriesQuery query) {
    Intervals intervals = Intervals.of(query.intervals(), ttlHorizon());
    List<ReadSource> sources = new ArrayList<>();
    if (!intervals.isEmpty()) {
      synchronized (lock) {
        checkOpen();
        for (FlushGeneration g : flushing) {
          memtables.snapshot(g.normal(), query, intervals, g.pendingDeletions(), sources);
          memtables.snapshot(g.delayed(), query, intervals, g.pendingDeletions(), sources);
        }
        memtables.snapshotWorking(query, intervals, sources);
        for (TsFileResource f : allFiles()) {
          long[] range = f.range(query.device());
          if (range != null && intervals.overlaps(range[0], range[1]) && f.pin()) {
            sources.add(new ReadSource.File(f, range[0], range[1], f.deletions()));
          }
        }
      }
    }
    return new RegionSeriesSource(query, intervals, sources, codecs, counters, metadata);
  }

  LastValueCache lastCache() {
    return lastCache;
  }

  long mutationCount() {
    return mutations.get();
  }

  // ---- compaction host ----------------------------------------------------------------------

  @Override
  public Path root(FileKind kind) {
    return paths.root(kind);
  }

  @Override
  public List<TsFileResource> files(FileKind kind) {
    synchronized (lock) {
      return new ArrayList<>(kind == FileKind.SEQUENCE ? seqFiles : unseqFiles);
    }
  }

  @Override
  public Path uniqueFilePath(FileKind kind, long partition, long version, int level, int cross) {
    Set<String> taken = new HashSet<>();
    synchronized (lock) {
      for (TsFileResource f : allFiles()) {
        taken.add(f.path().getFileName().toString());
      }
    }
    Path dir = paths.partition(kind, partition);
    TsFileName name = new TsFileName(version, level, cross);
    while (taken.contains(name.fileName()) || java.nio.file.Files.exists(dir.resolve(name.fileName()))) {
      name = new TsFileName(version, name.innerLevel() + 1, cross);
    }
    return dir.resolve(name.fileName());
  }

  @Override
  public void commitCompaction(
      List<TsFileResource> inputs, Map<TsFileResource, Integer> seenDeletions,
      TsFileResource output, Runnable afterInputsDeleted) throws IOException {
    synchronized (lock) {
      if (output != null) {
        List<Deletion> late = new ArrayList<>();
        for (TsFileResource in : inputs) {
          List<Deletion> all = in.deletions();
          int seen = seenDeletions.getOrDefault(in, 0);
          for (Deletion d : all.subList(Math.min(seen, all.size()), all.size())) {
            if (output.overlaps(d.device(), d.from(), d.to()) && !late.contains(d)) {
              late.add(d);
            }
          }
        }
        output.addDeletions(late);
        (output.kind() == FileKind.SEQUENCE ? seqFiles : unseqFiles).add(output);
      }
      seqFiles.removeAll(inputs);
      unseqFiles.removeAll(inputs);
      sortFiles();
    }
    AtomicLong remaining = new AtomicLong(inputs.size());
    for (TsFileResource in : inputs) {
      in.markObsolete(() -> {
        metadata.invalidate(in.path());
        if (remaining.decrementAndGet() == 0) {
          afterInputsDeleted.run();
        }
      });
    }
    lastCache.clear();
  }

  @Override
  public void dropExpired(List<TsFileResource> expired) {
    synchronized (lock) {
      seqFiles.removeAll(expired);
      unseqFiles.removeAll(expired);
    }
    for (TsFileResource f : expired) {
      f.markObsolete(() -> metadata.invalidate(f.path()));
    }
  }

  // ---- status and life cycle ----------------------------------------------------------------

  public RegionStatus status() {
    synchronized (lock) {
      long bytes = memtables.bytes();
      for (FlushGeneration g : flushing) {
        bytes += g.bytes();
      }
      int mods = 0;
      for (TsFileResource f : allFiles()) {
        mods += f.hasMods() ? 1 : 0;
      }
      return new RegionStatus(database, regionId, memtables.separating(), bytes, seqFiles.size(),
          unseqFiles.size(), mods);
    }
  }

  /** Stable time per device (largest time flushed or being flushed to a sequence file). */
  public Map<PartialPath, Long> stableTimes() {
    synchronized (lock) {
      return new HashMap<>(memtables.stableTimes());
    }
  }

  private void checkOpen() {
    if (closed) {
      throw new OrreryException(ErrorCode.DATABASE_NOT_FOUND, "database " + database + " is closed or dropped");
    }
  }

  /**
   * Closes the region. With {@code flush} the memtables are written to files first; without it
   * the WAL is synced and the memtables are simply dropped (they are replayed at the next start).
   */
  public void close(boolean flush) {
    if (flush) {
      flushAndWait();
    }
    List<CompletableFuture<Void>> waits = new ArrayList<>();
    synchronized (lock) {
      if (closed) {
        return;
      }
      closed = true;
      for (FlushGeneration g : flushing) {
        waits.add(g.done());
      }
    }
    if (flush) {
      for (CompletableFuture<Void> f : waits) {
        f.exceptionally(e -> null).join();
      }
    }
    budget.release(memtables.bytes());
    try {
      wal.close();
    } catch (IOException e) {
      throw ioError("closing the WAL of " + database, e);
    }
  }

  /** Closes the region and deletes all its files and WAL. */
  public void drop() {
    List<CompletableFuture<Void>> waits = new ArrayList<>();
    synchronized (lock) {
      for (FlushGeneration g : flushing) {
        waits.add(g.done());
      }
    }
    for (CompletableFuture<Void> f : waits) {
      f.exceptionally(e -> null).join();
    }
    close(false);
    try {
      metadata.invalidateUnder(paths.root(FileKind.SEQUENCE));
      metadata.invalidateUnder(paths.root(FileKind.UNSEQUENCE));
      paths.deleteAll();
    } catch (IOException e) {
      throw ioError("deleting the files of " + database, e);
    }
  }

  private static OrreryException ioError(String what, Throwable cause) {
    return new OrreryException(ErrorCode.IO_ERROR, what + " failed: " + cause.getMessage(), cause);
  }
}
