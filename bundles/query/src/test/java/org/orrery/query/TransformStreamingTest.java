package org.orrery.query;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.orrery.common.block.Block;
import org.orrery.common.block.Column;
import org.orrery.common.path.PartialPath;
import org.orrery.common.type.DataType;
import org.orrery.engine.query.ExecutionResult;
import org.orrery.engine.query.InsertTablet;
import org.orrery.query.function.UdtfFactory;
import org.orrery.query.support.EngineFixture;
import org.orrery.udf.api.UDTF;
import org.orrery.udf.api.access.Row;
import org.orrery.udf.api.access.RowWindow;
import org.orrery.udf.api.collector.PointCollector;
import org.orrery.udf.api.customizer.config.UDTFConfigurations;
import org.orrery.udf.api.customizer.parameter.UDFParameters;
import org.orrery.udf.api.customizer.strategy.RowByRowAccessStrategy;
import org.orrery.udf.api.customizer.strategy.SlidingSizeWindowAccessStrategy;
import org.orrery.udf.api.type.Type;

/**
 * Transform functions stream their input: the first rows of a result are computed from the first
 * part of the input, and windows that span the storage's blocks see all their rows. The series v
 * holds v = t for t = 1..20000, stored in segments of 100 points.
 */
class TransformStreamingTest {
  private static final int POINTS = 20_000;
  private static final int SEGMENT = 100;
  private final EngineFixture db = new EngineFixture(SEGMENT, null, EngineFixture.config(64L << 20));

  /** v[i] - v[i-1] for consecutive rows. */
  static final class Step implements UDTF {
    private Long previous;

    @Override
    public void beforeStart(UDFParameters parameters, UDTFConfigurations configurations) {
      configurations.setAccessStrategy(new RowByRowAccessStrategy()).setOutputDataType(Type.INT64);
    }

    @Override
    public void transform(Row row, PointCollector collector) throws Exception {
      long value = row.getLong(0);
      if (previous != null) {
        collector.putLong(row.getTime(), value - previous);
      }
      previous = value;
    }
  }

  /** The sum of each window of 150 rows (windows cross the segments of 100), at its start. */
  static final class WindowSum implements UDTF {
    @Override
    public void beforeStart(UDFParameters parameters, UDTFConfigurations configurations) {
      configurations.setAccessStrategy(new SlidingSizeWindowAccessStrategy(150)).setOutputDataType(Type.INT64);
    }

    @Override
    public void transform(RowWindow window, PointCollector collector) throws Exception {
      long sum = 0;
      for (int i = 0; i < window.windowSize(); i++) {
        sum += window.getRow(i).getLong(0);
      }
      collector.putLong(window.windowStartTime(), sum);
    }
  }

  private void load() {
    db.exec("create timeseries root.big.d.v with datatype=INT64");
    long[] times = new long[POINTS];
    long[] values = new long[POINTS];
    for (int i = 0; i < POINTS; i++) {
      times[i] = i + 1;
      values[i] = i + 1;
    }
    db.engine.insert(db.root, List.of(new InsertTablet(PartialPath.parse("root.big.d"), false, List.of("v"), times,
        List.of(new Column(DataType.INT64, values, new boolean[POINTS], POINTS)), POINTS)));
    db.functions.registerTransform("step", UdtfFactory.of(Step::new));
    db.functions.registerTransform("wsum", UdtfFactory.of(WindowSum::new));
  }

  @Test
  void theFirstPageNeedsOnlyThePartOfTheInputBeforeIt() {
    load();
    db.storage.decodes.set(0);
    try (ExecutionResult result = db.run("select step(v) from root.big.d")) {
      Block page = result.nextPage(3).orElseThrow();
      assertEquals(2, page.time(0));
      assertEquals(1, page.column(0).longs()[0]);
      int segments = POINTS / SEGMENT;
      assertTrue(db.storage.decodes.get() < segments / 2,
          "decoded " + db.storage.decodes.get() + " of " + segments + " segments for the first page");
    }
  }

  @Test
  void everyRowReachesTheFunctionOnceInOrder() {
    load();
    List<String> rows = db.rows("select step(v) from root.big.d");
    assertEquals(POINTS - 1, rows.size());
    assertTrue(rows.stream().allMatch(row -> row.endsWith("|1")), "every step is 1");
    assertEquals("2|1", rows.get(0));
    assertEquals(POINTS + "|1", rows.get(rows.size() - 1));
  }

  @Test
  void windowsAcrossBlocksSeeAllTheirRows() {
    load();
    List<String> rows = db.rows("select wsum(v) from root.big.d");
    // windows of 150 rows start at t = 1, 151, 301, ...; the last one (t = 19951..20000) has 50
    int windows = (POINTS + 149) / 150;
    assertEquals(windows, rows.size());
    for (int w = 0; w < windows; w++) {
      long first = 150L * w + 1;
      long last = Math.min(POINTS, first + 149);
      long sum = (first + last) * (last - first + 1) / 2;
      assertEquals(first + "|" + sum, rows.get(w));
    }
  }

  @Test
  void aResultClosedEarlyStillReleasesTheFunction() {
    load();
    try (ExecutionResult result = db.run("select step(v) + 1 from root.big.d")) {
      Optional<Block> page = result.nextPage(1);
      assertTrue(page.isPresent());
      assertEquals(2.0, page.get().column(0).doubles()[0]);
    }
  }
}
