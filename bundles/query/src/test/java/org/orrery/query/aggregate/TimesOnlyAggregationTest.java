package org.orrery.query.aggregate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeMap;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.orrery.codec.api.SimpleCodecRegistry;
import org.orrery.common.block.Column;
import org.orrery.common.path.PartialPath;
import org.orrery.common.type.DataType;
import org.orrery.engine.query.InsertTablet;
import org.orrery.engine.query.SessionContext;
import org.orrery.engine.storage.ReadStatistics;
import org.orrery.functions.BuiltinFunctions;
import org.orrery.query.QueryConfig;
import org.orrery.query.QueryEngineCore;
import org.orrery.query.function.FunctionRegistry;
import org.orrery.query.support.Rows;
import org.orrery.schema.FileSchemaEngine;
import org.orrery.schema.SchemaConfig;
import org.orrery.storage.LsmStorageEngine;
import org.orrery.storage.StorageConfig;

/**
 * {@code count} over windows that cut pages reads times (and null bitmaps) only, and its results
 * equal both a straightforward count of the data as written and the same count computed next to
 * {@code sum}, which makes the scan decode values. Real storage and functions; non-aligned and
 * aligned devices, nulls, TEXT, a tombstone, data in files and in the memtable.
 */
class TimesOnlyAggregationTest {
  @TempDir static Path dir;

  private static FileSchemaEngine schema;
  private static LsmStorageEngine storage;
  private static QueryEngineCore engine;
  private static final SessionContext ROOT = new SessionContext("root", ZoneOffset.UTC, 0);
  /** series → time → present, as written minus the deletion. */
  private static final java.util.Map<String, TreeMap<Long, Boolean>> model = new java.util.HashMap<>();

  @BeforeAll
  static void write() {
    schema = new FileSchemaEngine(SchemaConfig.defaults(), dir.resolve("schema"));
    storage = new LsmStorageEngine(StorageConfig.defaults().withCompaction(false, 60_000, 1000),
        dir.resolve("data"), SimpleCodecRegistry.fromServiceLoader(TimesOnlyAggregationTest.class.getClassLoader()));
    FunctionRegistry functions = new FunctionRegistry();
    BuiltinFunctions.scalars().forEach(functions::registerScalar);
    BuiltinFunctions.aggregates().forEach(functions::registerAggregate);
    engine = new QueryEngineCore(QueryConfig.DEFAULT, schema, storage, null, functions);
    for (String sql : List.of("create database root.sg",
        "create timeseries root.sg.d1.s1 with datatype=DOUBLE, encoding=GORILLA, compressor=LZ4",
        "create timeseries root.sg.d1.s2 with datatype=TEXT",
        "create aligned timeseries root.sg.a1(x INT32, y TEXT)")) {
      engine.execute(ROOT, sql).close();
    }
    insert(0, 30_000, 2);
    engine.execute(ROOT, "flush").close();
    insert(30_000, 45_000, 3);
    engine.execute(ROOT, "delete from root.sg.d1.s1 where time >= 1000 and time <= 1999").close();
    model.get("s1").subMap(1000L, true, 1999L, true).clear();
  }

  @AfterAll
  static void close() throws Exception {
    storage.close();
    schema.close();
  }

  /** Rows at times from..to-1 (every {@code step} ms); x null when t % 3 == 0, y null when t % 4 == 0. */
  private static void insert(long from, long to, long step) {
    int n = (int) ((to - from + step - 1) / step);
    long[] times = new long[n];
    double[] s1 = new double[n];
    byte[][] s2 = new byte[n][];
    int[] x = new int[n];
    boolean[] xNull = new boolean[n];
    byte[][] y = new byte[n][];
    for (int i = 0; i < n; i++) {
      long t = from + i * step;
      times[i] = t;
      s1[i] = t * 0.5;
      s2[i] = ("v" + t).getBytes(StandardCharsets.UTF_8);
      mark("s1", t);
      mark("s2", t);
      if (t % 3 == 0) {
        xNull[i] = true;
      } else {
        x[i] = (int) t;
        mark("x", t);
      }
      if (t % 4 != 0) {
        y[i] = ("y" + t).getBytes(StandardCharsets.UTF_8);
        mark("y", t);
      }
    }
    engine.insert(ROOT, List.of(
        new InsertTablet(PartialPath.parse("root.sg.d1"), false, List.of("s1", "s2"), times,
            List.of(new Column(DataType.DOUBLE, s1, null, n), new Column(DataType.TEXT, s2, null, n)), n),
        new InsertTablet(PartialPath.parse("root.sg.a1"), true, List.of("x", "y"), times,
            List.of(new Column(DataType.INT32, x, xNull, n), new Column(DataType.TEXT, y, null, n)), n)));
  }

  private static void mark(String series, long t) {
    model.computeIfAbsent(series, k -> new TreeMap<>()).put(t, true);
  }

  /** "window start|count|count..." rows, counted from the model. */
  private static List<String> expected(long start, long end, long width, String... series) {
    List<String> out = new ArrayList<>();
    for (long w = start; w < end; w += width) {
      StringBuilder row = new StringBuilder().append(w);
      for (String s : series) {
        row.append('|').append(model.get(s).subMap(w, true, Math.min(end, w + width), false).size());
      }
      out.add(row.toString());
    }
    return out;
  }

  private static List<String> rows(String sql) {
    return Rows.all(engine.execute(ROOT, sql));
  }

  @Test
  void countOfNonAlignedSeriesInNarrowWindows() {
    String windows = " from root.sg.d1 group by ([0, 46000), 7ms)";
    List<String> want = expected(0, 46_000, 7, "s1", "s2");
    ReadStatistics before = storage.readStatistics();
    assertEquals(want, rows("select count(s1), count(s2)" + windows));
    assertTrue(storage.readStatistics().minus(before).pagesDecoded() > 0, "narrow windows decode pages");
    // With sum next to it the scan decodes values; the counts must not change.
    List<String> withSum = rows("select count(s1), count(s2), sum(s1)" + windows);
    List<String> countsOnly = new ArrayList<>();
    for (String row : withSum) {
      countsOnly.add(row.substring(0, row.lastIndexOf('|')));
    }
    assertEquals(want, countsOnly);
  }

  @Test
  void countOfAlignedColumnsWithNulls() {
    String windows = " from root.sg.a1 group by ([0, 46000), 11ms)";
    List<String> want = expected(0, 46_000, 11, "x", "y");
    assertEquals(want, rows("select count(x), count(y)" + windows));
    List<String> withSum = rows("select count(x), count(y), sum(x)" + windows);
    List<String> countsOnly = new ArrayList<>();
    for (String row : withSum) {
      countsOnly.add(row.substring(0, row.lastIndexOf('|')));
    }
    assertEquals(want, countsOnly);
  }

  @Test
  void countUnderATimeFilterAndOverEverything() {
    assertEquals(List.of(String.valueOf(model.get("s1").subMap(500L, true, 33_333L, true).size())),
        rows("select count(s1) from root.sg.d1 where time >= 500 and time <= 33333"));
    assertEquals(List.of(model.get("x").size() + "|" + model.get("y").size()),
        rows("select count(x), count(y) from root.sg.a1"));
  }
}
