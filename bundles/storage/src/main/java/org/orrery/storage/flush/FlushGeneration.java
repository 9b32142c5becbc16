package org.orrery.storage.flush;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import org.orrery.storage.file.Deletion;
import org.orrery.storage.memtable.MemTable;

/**
 * A frozen pair of memtables (normal and delayed) on its way to disk. Its data came from the WAL
 * segments {@code [startSegment, checkpoint)}; once its files are committed those segments may go.
 * Deletions that arrive while it flushes are kept here (applied on read) and written to the mods
 * files of its new TsFiles when they are committed.
 */
public final class FlushGeneration {
  private final MemTable normal;
  private final MemTable delayed;
  private final long startSegment;
  private final long checkpoint;
  private final List<Deletion> pendingDeletions = new ArrayList<>();
  private final CompletableFuture<Void> done = new CompletableFuture<>();
  private volatile boolean failed;

  public FlushGeneration(MemTable normal, MemTable delayed, long startSegment, long checkpoint) {
    this.normal = normal;
    this.delayed = delayed;
    this.startSegment = startSegment;
    this.checkpoint = checkpoint;
  }

  public MemTable normal() {
    return normal;
  }

  public MemTable delayed() {
    return delayed;
  }

  public long version() {
    return normal.version();
  }

  public long startSegment() {
    return startSegment;
  }

  public long checkpoint() {
    return checkpoint;
  }

  public long bytes() {
    return normal.bytes() + delayed.bytes();
  }

  /** Deletions recorded since the freeze; guarded by the region lock. */
  public List<Deletion> pendingDeletions() {
    return pendingDeletions;
  }

  public CompletableFuture<Void> done() {
    return done;
  }

  public boolean failed() {
    return failed;
  }

  public void markFailed() {
    failed = true;
  }
}
