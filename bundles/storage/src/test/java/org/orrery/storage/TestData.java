package org.orrery.storage;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.orrery.codec.api.CodecRegistry;
import org.orrery.codec.api.SimpleCodecRegistry;
import org.orrery.common.block.Block;
import org.orrery.common.block.Column;
import org.orrery.common.path.PartialPath;
import org.orrery.common.type.DataType;
import org.orrery.engine.storage.Segment;
import org.orrery.engine.storage.SeriesQuery;
import org.orrery.engine.storage.SeriesSource;
import org.orrery.engine.storage.StorageEngine;
import org.orrery.engine.storage.TimeInterval;
import org.orrery.engine.storage.WriteBatch;

/** Builders and readers shared by the storage tests. */
final class TestData {
  static final PartialPath DB = PartialPath.parse("root.sg");
  static final CodecRegistry CODECS = SimpleCodecRegistry.fromServiceLoader(TestData.class.getClassLoader());

  private TestData() {}

  static PartialPath device(String name) {
    return PartialPath.parse("root.sg." + name);
  }

  /** Test settings: small memtables, no background compaction, sync WAL. */
  static StorageConfig config() {
    return StorageConfig.defaults()
        .withMemtableFlushBytes(64L << 20)
        .withMemoryBudgetBytes(256L << 20)
        .withCompaction(false, 60_000, 1000)
        .withPartitionWidthMillis(1_000_000);
  }

  /** A batch of DOUBLE values {@code value(t)} at the given times for each measurement. */
  static WriteBatch doubles(PartialPath device, List<String> measurements, long[] times, ValueFn value) {
    List<Column> columns = new ArrayList<>();
    for (String m : measurements) {
      double[] v = new double[times.length];
      for (int i = 0; i < times.length; i++) {
        v[i] = value.at(m, times[i]);
      }
      columns.add(new Column(DataType.DOUBLE, v, null, times.length));
    }
    return new WriteBatch(DB, device, false, measurements, times, columns, times.length);
  }

  interface ValueFn {
    double at(String measurement, long time);
  }

  static long[] range(long from, long to) {
    long[] t = new long[(int) (to - from)];
    for (int i = 0; i < t.length; i++) {
      t[i] = from + i;
    }
    return t;
  }

  /** Reads one DOUBLE series completely into time → value. */
  static TreeMap<Long, Double> readAll(StorageEngine engine, PartialPath device, String m) throws IOException {
    return read(engine, device, m, List.of(TimeInterval.ALL), true);
  }

  static TreeMap<Long, Double> read(StorageEngine engine, PartialPath device, String m,
      List<TimeInterval> intervals, boolean ascending) throws IOException {
    TreeMap<Long, Double> out = new TreeMap<>();
    SeriesQuery q = new SeriesQuery(DB, device, false, List.of(m), List.of(DataType.DOUBLE), intervals, ascending);
    Long previous = null;
    try (SeriesSource s = engine.open(q)) {
      for (Segment seg = s.next(); seg != null; seg = s.next()) {
        Block b = seg.decode();
        for (int r = 0; r < b.rowCount(); r++) {
          long t = b.time(r);
          if (previous != null && (ascending ? t <= previous : t >= previous)) {
            throw new AssertionError("scan order broken at " + t + " after " + previous);
          }
          previous = t;
          if (!b.column(0).isNull(r)) {
            if (out.put(t, b.column(0).doubles()[r]) != null) {
              throw new AssertionError("time " + t + " returned twice");
            }
          }
        }
      }
    }
    return out;
  }

  static long countFiles(Path dir, String suffix) throws IOException {
    if (!Files.exists(dir)) {
      return 0;
    }
    try (Stream<Path> s = Files.walk(dir)) {
      return s.filter(p -> p.getFileName().toString().endsWith(suffix)).count();
    }
  }

  static List<Path> files(Path dir, String suffix) throws IOException {
    if (!Files.exists(dir)) {
      return List.of();
    }
    try (Stream<Path> s = Files.walk(dir)) {
      return s.filter(p -> p.getFileName().toString().endsWith(suffix)).sorted().toList();
    }
  }
}
