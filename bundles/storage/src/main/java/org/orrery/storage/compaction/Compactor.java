package org.orrery.storage.compaction;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import org.orrery.common.path.PartialPath;
import org.orrery.storage.file.FileKind;
import org.orrery.storage.file.TsFileResource;

/**
 * Chooses and runs compactions of a region (paper §5.1.5), partition by partition:
 *
 * <ul>
 *   <li>expired files (every point older than the TTL horizon) are dropped;
 *   <li>inner-space unsequence: once a partition has enough unsequence files they are merged
 *       into one;
 *   <li>cross-space: the partition's unsequence files, together with every sequence file whose
 *       device ranges they overlap (closed over the ranges so the output overlaps no other
 *       sequence file), become one sequence file; tombstones are applied on the way;
 *   <li>inner-space sequence: a partition without unsequence files whose sequence files are
 *       many is merged into one file; a lone sequence file with tombstones is rewritten without
 *       them.
 * </ul>
 *
 * All unsequence files of a partition always take part together. That keeps version order
 * correct: an unsequence file is newer than every sequence file it overlaps, so the output can
 * take the largest input version without letting old data shadow newer data left outside.
 */
public final class Compactor {
  private final CompactionHost host;
  private final int minFiles;
  private final double megabytesPerSecond;

  public Compactor(CompactionHost host, int minFiles, double megabytesPerSecond) {
    this.host = host;
    this.minFiles = minFiles;
    this.megabytesPerSecond = megabytesPerSecond;
  }

  /** Runs one round over all partitions; returns the number of compactions done. */
  public int runOnce() throws IOException {
    dropExpired();
    Map<Long, List<TsFileResource>> seq = byPartition(host.files(FileKind.SEQUENCE));
    Map<Long, List<TsFileResource>> unseq = byPartition(host.files(FileKind.UNSEQUENCE));
    TreeSet<Long> partitions = new TreeSet<>(seq.keySet());
    partitions.addAll(unseq.keySet());
    int done = 0;
    for (long p : partitions) {
      List<TsFileResource> u = unseq.getOrDefault(p, List.of());
      List<TsFileResource> s = seq.getOrDefault(p, List.of());
      if (!u.isEmpty()) {
        if (u.size() >= minFiles) {
          new CompactionTask(host, u, FileKind.UNSEQUENCE, p, megabytesPerSecond).run();
          done++;
          u = byPartition(host.files(FileKind.UNSEQUENCE)).getOrDefault(p, List.of());
        }
        List<TsFileResource> inputs = crossInputs(s, u);
        new CompactionTask(host, inputs, FileKind.SEQUENCE, p, megabytesPerSecond).run();
        done++;
      } else if (s.size() >= minFiles) {
        new CompactionTask(host, s, FileKind.SEQUENCE, p, megabytesPerSecond).run();
        done++;
      } else {
        for (TsFileResource f : s) {
          if (f.hasMods()) {
            new CompactionTask(host, List.of(f), FileKind.SEQUENCE, p, megabytesPerSecond).run();
            done++;
          }
        }
      }
    }
    return done;
  }

  private void dropExpired() {
    long horizon = host.ttlHorizon();
    if (horizon == Long.MIN_VALUE) {
      return;
    }
    List<TsFileResource> expired = new ArrayList<>();
    for (FileKind kind : FileKind.values()) {
      for (TsFileResource f : host.files(kind)) {
        if (f.maxEndTime() < horizon) {
          expired.add(f);
        }
      }
    }
    if (!expired.isEmpty()) {
      host.dropExpired(expired);
    }
  }

  private static Map<Long, List<TsFileResource>> byPartition(List<TsFileResource> files) {
    Map<Long, List<TsFileResource>> out = new TreeMap<>();
    for (TsFileResource f : files) {
      out.computeIfAbsent(f.partition(), k -> new ArrayList<>()).add(f);
    }
    return out;
  }

  /**
   * The unsequence files plus the sequence files overlapping them, repeated until the hull of
   * every device's range in the selection overlaps no unselected sequence file.
   */
  static List<TsFileResource> crossInputs(List<TsFileResource> seq, List<TsFileResource> unseq) {
    Map<PartialPath, long[]> hull = new HashMap<>();
    for (TsFileResource u : unseq) {
      extend(hull, u);
    }
    List<TsFileResource> chosen = new ArrayList<>();
    boolean grew = true;
    while (grew) {
      grew = false;
      for (TsFileResource s : seq) {
        if (!chosen.contains(s) && overlapsHull(s, hull)) {
          chosen.add(s);
          extend(hull, s);
          grew = true;
        }
      }
    }
    List<TsFileResource> inputs = new ArrayList<>(chosen);
    inputs.addAll(unseq);
    inputs.sort(Comparator.comparingLong(TsFileResource::version)
        .thenComparingInt(f -> f.kind() == FileKind.SEQUENCE ? 0 : 1));
    return inputs;
  }

  private static void extend(Map<PartialPath, long[]> hull, TsFileResource f) {
    for (Map.Entry<PartialPath, long[]> e : f.deviceRanges().entrySet()) {
      hull.merge(e.getKey(), e.getValue().clone(),
          (a, b) -> new long[] {Math.min(a[0], b[0]), Math.max(a[1], b[1])});
    }
  }

  private static boolean overlapsHull(TsFileResource f, Map<PartialPath, long[]> hull) {
    for (Map.Entry<PartialPath, long[]> e : f.deviceRanges().entrySet()) {
      long[] h = hull.get(e.getKey());
      if (h != null && h[0] <= e.getValue()[1] && h[1] >= e.getValue()[0]) {
        return true;
      }
    }
    return false;
  }
}
