package org.orrery.storage.flush;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.orrery.storage.file.FileKind;
import org.orrery.storage.memtable.DeviceBuffer;
import org.orrery.storage.memtable.MemTable;
import org.orrery.storage.memtable.SortedRows;

/**
 * The sorted content of a generation, grouped into the files it becomes: per kind and time
 * partition the devices' sorted rows (a slice of each device's {@link SortedRows}). Building it
 * is the "sort" stage of the flush pipeline.
 */
final class FlushPlan {
  /** One device's rows {@code [from, to)} of its sorted view. */
  record DeviceSlice(DeviceBuffer buffer, SortedRows rows, int from, int to) {}

  /** Devices of one output file. */
  record FilePlan(FileKind kind, long partition, List<DeviceSlice> devices) {}

  final FlushTarget target;
  final FlushGeneration generation;
  final List<FilePlan> files;
  /** Submission order of the generation: the order in which plans commit. */
  final long sequence;

  private FlushPlan(FlushTarget target, FlushGeneration generation, List<FilePlan> files, long sequence) {
    this.target = target;
    this.generation = generation;
    this.files = files;
    this.sequence = sequence;
  }

  static FlushPlan sort(FlushTarget target, FlushGeneration generation, long sequence) {
    Map<Long, List<DeviceSlice>> seq = new TreeMap<>();
    Map<Long, List<DeviceSlice>> unseq = new TreeMap<>();
    add(target, generation.normal(), seq, unseq, false);
    add(target, generation.delayed(), seq, unseq, true);
    List<FilePlan> files = new ArrayList<>();
    seq.forEach((p, d) -> files.add(new FilePlan(FileKind.SEQUENCE, p, d)));
    unseq.forEach((p, d) -> files.add(new FilePlan(FileKind.UNSEQUENCE, p, d)));
    return new FlushPlan(target, generation, files, sequence);
  }

  private static void add(
      FlushTarget target,
      MemTable table,
      Map<Long, List<DeviceSlice>> seq,
      Map<Long, List<DeviceSlice>> unseq,
      boolean delayed) {
    for (DeviceBuffer buffer : table.devices()) {
      SortedRows rows = buffer.sorted(Long.MIN_VALUE, Long.MAX_VALUE);
      Map<Long, List<DeviceSlice>> dest = delayed || buffer.holdsDelayed() ? unseq : seq;
      long[] times = rows.times();
      int from = 0;
      while (from < times.length) {
        long partition = target.partitionOf(times[from]);
        int to = partitionEnd(target, times, from, partition);
        dest.computeIfAbsent(partition, p -> new ArrayList<>())
            .add(new DeviceSlice(buffer, rows, from, to));
        from = to;
      }
    }
  }

  /**
   * The index after the last of the sorted {@code times} from {@code from} on that lie in
   * {@code partition} (the partition of {@code times[from]}). Partitions do not decrease with
   * time, so the rows of one partition are a run; the run's end is found by bisection instead of
   * computing the partition of every row (usually all rows of a memtable are in one partition,
   * which the first check settles).
   */
  static int partitionEnd(FlushTarget target, long[] times, int from, long partition) {
    int last = times.length - 1;
    if (target.partitionOf(times[last]) == partition) {
      return times.length;
    }
    // times[lo] is in the partition, times[hi] is not.
    int lo = from;
    int hi = last;
    while (hi - lo > 1) {
      int mid = (lo + hi) >>> 1;
      if (target.partitionOf(times[mid]) == partition) {
        lo = mid;
      } else {
        hi = mid;
      }
    }
    return hi;
  }
}
