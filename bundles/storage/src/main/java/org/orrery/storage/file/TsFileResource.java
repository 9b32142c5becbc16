package org.orrery.storage.file;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import org.orrery.common.path.PartialPath;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A closed TsFile of a region as the engine tracks it: where it is, its kind, partition and
 * version, the time range per device (from its resource file), its tombstones, and how many
 * readers pin it. A file replaced by compaction is marked obsolete and deleted from disk once the
 * last reader lets go, so a running scan never loses a file underneath.
 */
public final class TsFileResource {
  private static final Logger LOG = LoggerFactory.getLogger(TsFileResource.class);

  private final Path path;
  private final FileKind kind;
  private final long partition;
  private final TsFileName name;
  private final Map<PartialPath, long[]> deviceRanges;
  private final long walCheckpoint;
  private final List<Deletion> deletions;
  private int pins;
  private boolean obsolete;
  private boolean deleted;
  private Runnable afterDelete;

  public TsFileResource(
      Path path,
      FileKind kind,
      long partition,
      TsFileName name,
      Map<PartialPath, long[]> deviceRanges,
      long walCheckpoint,
      List<Deletion> deletions) {
    this.path = path;
    this.kind = kind;
    this.partition = partition;
    this.name = name;
    this.deviceRanges = Map.copyOf(deviceRanges);
    this.walCheckpoint = walCheckpoint;
    this.deletions = new CopyOnWriteArrayList<>(deletions);
  }

  public Path path() {
    return path;
  }

  public FileKind kind() {
    return kind;
  }

  public long partition() {
    return partition;
  }

  public TsFileName name() {
    return name;
  }

  public long version() {
    return name.version();
  }

  public long walCheckpoint() {
    return walCheckpoint;
  }

  public Map<PartialPath, long[]> deviceRanges() {
    return deviceRanges;
  }

  /** {@code [start, end]} of the device's points in this file, or null when it has none. */
  public long[] range(PartialPath device) {
    return deviceRanges.get(device);
  }

  public boolean overlaps(PartialPath device, long from, long to) {
    long[] r = deviceRanges.get(device);
    return r != null && r[0] <= to && r[1] >= from;
  }

  /** The largest end time over all devices. */
  public long maxEndTime() {
    long max = Long.MIN_VALUE;
    for (long[] r : deviceRanges.values()) {
      max = Math.max(max, r[1]);
    }
    return max;
  }

  /** A snapshot of the tombstones (in the order they were recorded). */
  public List<Deletion> deletions() {
    return new ArrayList<>(deletions);
  }

  public int deletionCount() {
    return deletions.size();
  }

  public boolean hasMods() {
    return !deletions.isEmpty();
  }

  /** Records tombstones durably in the mods file, then in memory. */
  public void addDeletions(List<Deletion> added) throws IOException {
    ModsFile.append(path, added);
    deletions.addAll(added);
  }

  /** Pins the file for a reader; false when it is already gone (the caller must not read it). */
  public synchronized boolean pin() {
    if (deleted) {
      return false;
    }
    pins++;
    return true;
  }

  public synchronized void unpin() {
    pins--;
    if (pins == 0 && obsolete) {
      deleteNow();
    }
  }

  /**
   * Marks the file replaced: it is deleted from disk now or when the last reader unpins it, then
   * {@code afterDelete} runs (e.g. to drop a compaction log).
   */
  public synchronized void markObsolete(Runnable afterDelete) {
    obsolete = true;
    this.afterDelete = afterDelete;
    if (pins == 0) {
      deleteNow();
    }
  }

  public synchronized boolean isObsolete() {
    return obsolete;
  }

  private void deleteNow() {
    if (deleted) {
      return;
    }
    deleted = true;
    try {
      deleteFiles(path);
    } catch (IOException e) {
      LOG.warn("could not delete replaced file {}: {}", path, e.toString());
    }
    if (afterDelete != null) {
      afterDelete.run();
    }
  }

  /** Deletes a TsFile with its resource and mods files (those that exist). */
  public static void deleteFiles(Path tsFile) throws IOException {
    Files.deleteIfExists(ResourceFormat.pathOf(tsFile));
    Files.deleteIfExists(ModsFile.pathOf(tsFile));
    Files.deleteIfExists(tsFile);
  }

  @Override
  public String toString() {
    return path.toString();
  }
}
