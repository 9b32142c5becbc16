package org.orrery.storage.flush;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.orrery.codec.api.CodecRegistry;
import org.orrery.storage.file.FileKind;
import org.orrery.storage.file.TsFileResource;
import org.orrery.tsfile.write.WriterOptions;

/**
 * The flush splits each device's sorted rows into runs of one partition; the bisection must give
 * the runs that a row-by-row scan gives (the reference here), for partitions of any width,
 * negative times and runs of a single row.
 */
class FlushPlanPartitionTest {

  @Test
  void bisectionFindsTheRunsOfARowByRowScan() {
    Random random = new Random(11);
    for (int round = 0; round < 2_000; round++) {
      long width = 1 + random.nextInt(round % 3 == 0 ? 5 : 1_000);
      FlushTarget target = new PartitionsOnly(width);
      long[] times = new long[1 + random.nextInt(300)];
      long t = random.nextInt(2_000) - 1_000;
      for (int i = 0; i < times.length; i++) {
        t += random.nextInt(4) == 0 ? random.nextInt((int) width * 3 + 1) : random.nextInt(3);
        times[i] = t;
      }
      assertEquals(scan(target, times), bisect(target, times), "width " + width + ", times " + Arrays.toString(times));
    }
  }

  @Test
  void allRowsInOnePartitionIsOneRun() {
    FlushTarget target = new PartitionsOnly(1_000);
    long[] times = {1_000, 1_001, 1_500, 1_999};
    assertEquals(List.of(List.of(0, 4)), bisect(target, times));
    assertEquals(List.of(List.of(0, 1), List.of(1, 2)), bisect(target, new long[] {999, 1_000}));
  }

  private static List<List<Integer>> bisect(FlushTarget target, long[] times) {
    List<List<Integer>> runs = new ArrayList<>();
    int from = 0;
    while (from < times.length) {
      int to = FlushPlan.partitionEnd(target, times, from, target.partitionOf(times[from]));
      runs.add(List.of(from, to));
      from = to;
    }
    return runs;
  }

  /** The runs as the flush found them before: the partition of every row. */
  private static List<List<Integer>> scan(FlushTarget target, long[] times) {
    List<List<Integer>> runs = new ArrayList<>();
    int from = 0;
    while (from < times.length) {
      long partition = target.partitionOf(times[from]);
      int to = from + 1;
      while (to < times.length && target.partitionOf(times[to]) == partition) {
        to++;
      }
      runs.add(List.of(from, to));
      from = to;
    }
    return runs;
  }

  /** A target that only knows its partition width (the flush plan asks nothing else here). */
  private record PartitionsOnly(long width) implements FlushTarget {
    @Override
    public long partitionOf(long time) {
      return Math.floorDiv(time, width);
    }

    @Override
    public Path newFilePath(FileKind kind, long partition, long version) {
      throw new UnsupportedOperationException("newFilePath");
    }

    @Override
    public CodecRegistry codecs() {
      throw new UnsupportedOperationException("codecs");
    }

    @Override
    public WriterOptions writerOptions() {
      throw new UnsupportedOperationException("writerOptions");
    }

    @Override
    public long safeCheckpoint(FlushGeneration generation) {
      throw new UnsupportedOperationException("safeCheckpoint");
    }

    @Override
    public void commitFlush(FlushGeneration generation, List<TsFileResource> files) {
      throw new UnsupportedOperationException("commitFlush");
    }

    @Override
    public void flushFailed(FlushGeneration generation, Throwable error) {
      throw new UnsupportedOperationException("flushFailed");
    }
  }
}
