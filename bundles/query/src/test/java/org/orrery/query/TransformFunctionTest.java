package org.orrery.query;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.orrery.common.error.ErrorCode;
import org.orrery.common.error.OrreryException;
import org.orrery.query.function.UdtfFactory;
import org.orrery.query.support.EngineFixture;
import org.orrery.udf.api.UDTF;
import org.orrery.udf.api.access.Row;
import org.orrery.udf.api.access.RowWindow;
import org.orrery.udf.api.collector.PointCollector;
import org.orrery.udf.api.customizer.config.UDTFConfigurations;
import org.orrery.udf.api.customizer.parameter.UDFParameterValidator;
import org.orrery.udf.api.customizer.parameter.UDFParameters;
import org.orrery.udf.api.customizer.strategy.RowByRowAccessStrategy;
import org.orrery.udf.api.customizer.strategy.SessionTimeWindowAccessStrategy;
import org.orrery.udf.api.customizer.strategy.SlidingSizeWindowAccessStrategy;
import org.orrery.udf.api.customizer.strategy.SlidingTimeWindowAccessStrategy;
import org.orrery.udf.api.customizer.strategy.StateWindowAccessStrategy;
import org.orrery.udf.api.type.Type;

/** UDTFs through the registry: every access strategy, the lifecycle, and errors. */
class TransformFunctionTest {
  private final EngineFixture db = new EngineFixture().withSample();
  private final AtomicInteger destroyed = new AtomicInteger();

  /** Outputs v[i] - v[i-1] for consecutive rows. */
  final class Delta implements UDTF {
    private Double previous;

    @Override
    public void validate(UDFParameterValidator validator) {
      validator.validateInputSeriesNumber(1);
    }

    @Override
    public void beforeStart(UDFParameters parameters, UDTFConfigurations configurations) {
      configurations.setAccessStrategy(new RowByRowAccessStrategy()).setOutputDataType(Type.DOUBLE);
    }

    @Override
    public void transform(Row row, PointCollector collector) {
      double value = row.getDataType(0) == Type.INT32 ? row.getInt(0) : row.getDouble(0);
      if (previous != null) {
        collector.putDouble(row.getTime(), value - previous);
      }
      previous = value;
    }

    @Override
    public void beforeDestroy() {
      destroyed.incrementAndGet();
    }
  }

  /** Outputs the number of rows of each window at its start, with the strategy named by 'mode'. */
  static final class WindowCount implements UDTF {
    @Override
    public void beforeStart(UDFParameters parameters, UDTFConfigurations configurations) {
      String mode = parameters.getStringOrDefault("mode", "size");
      configurations.setOutputDataType(Type.INT64).setAccessStrategy(switch (mode) {
        case "size" -> new SlidingSizeWindowAccessStrategy(2);
        case "time" -> new SlidingTimeWindowAccessStrategy(2, 2, 1, 6);
        case "session" -> new SessionTimeWindowAccessStrategy(1);
        default -> new StateWindowAccessStrategy();
      });
    }

    @Override
    public void transform(RowWindow window, PointCollector collector) {
      collector.putLong(window.windowStartTime(), window.windowSize());
    }
  }

  private void register() {
    db.functions.registerTransform("delta", UdtfFactory.of(Delta::new));
    db.functions.registerTransform("wcount", UdtfFactory.of(WindowCount::new));
  }

  @Test
  void rowByRowTransformJoinsWithOtherColumns() {
    register();
    assertEquals(List.of("Time", "delta(root.sg.d1.s1)"), db.headers("select delta(s1) from root.sg.d1"));
    assertEquals(List.of("2|1.0", "3|1.0", "4|1.0"), db.rows("select delta(s1) from root.sg.d1"));
    assertEquals(List.of("1|1|null", "2|2|1.0", "3|3|1.0", "4|4|1.0"),
        db.rows("select s1, delta(s1) from root.sg.d1"));
    assertEquals(List.of("4|4|1.0", "3|3|1.0"),
        db.rows("select s1, delta(s1) from root.sg.d1 order by time desc limit 2"));
    // every instance is destroyed once its query is done
    assertEquals(4, destroyed.get(), "one instance per query, each destroyed");
  }

  @Test
  void windowedStrategies() {
    register();
    // s1 at t = 1, 2, 3, 4
    assertEquals(List.of("1|2", "3|2"), db.rows("select wcount(s1, 'mode'='size') from root.sg.d1"));
    // [1,3) [3,5) [5,6)
    assertEquals(List.of("1|2", "3|2", "5|0"), db.rows("select wcount(s1, 'mode'='time') from root.sg.d1"));
    assertEquals(List.of("1|4"), db.rows("select wcount(s1, 'mode'='session') from root.sg.d1"));
    db.exec("insert into root.sg.st(time, v) values (1, 1.0), (2, 1.0), (3, 2.0), (4, 2.0), (5, 1.0)");
    assertEquals(List.of("1|2", "3|2", "5|1"), db.rows("select wcount(v, 'mode'='state') from root.sg.st"));
  }

  @Test
  void rejectionsAndMisuseAreSemanticErrors() {
    register();
    OrreryException arity = assertThrows(OrreryException.class, () -> db.run("select delta(s1, s2) from root.sg.d1"));
    assertEquals(ErrorCode.SEMANTIC_ERROR, arity.code());
    assertEquals(1, destroyed.get());
  }

  @Test
  void transformsNestInExpressionsAndInEachOther() {
    db.functions.registerTransform("delta", UdtfFactory.of(Delta::new));
    // s1 = 1, 2, 3, 4 at t=1..4: delta = 1.0 at t=2, 3, 4
    assertEquals(List.of("Time", "delta(root.sg.d1.s1) + 1"), db.headers("select delta(s1) + 1 from root.sg.d1"));
    assertEquals(List.of("2|2.0", "3|2.0", "4|2.0"), db.rows("select delta(s1) + 1 from root.sg.d1"));
    // s1 + 10 * delta(s1): 2 + 10, 3 + 10, 4 + 10 where delta exists; null at t=1 (no delta), row dropped
    assertEquals(List.of("2|12.0", "3|13.0", "4|14.0"), db.rows("select s1 + 10 * delta(s1) from root.sg.d1"));
    // delta of a delta: all deltas are 1.0, so their deltas are 0.0 at t=3, 4
    assertEquals(List.of("3|0.0", "4|0.0"), db.rows("select delta(delta(s1)) from root.sg.d1"));
    // a UDTF over an expression of another UDTF's output and a series
    assertEquals(List.of("3|1.0", "4|1.0"), db.rows("select delta(delta(s1) + s1) from root.sg.d1"));
    // nested and plain columns side by side, joined on time
    assertEquals(List.of("1|1|null", "2|2|-1.0", "3|3|-1.0", "4|4|-1.0"),
        db.rows("select s1, -delta(s1) from root.sg.d1"));
    // every UDTF instance was released: 1 + 1 + 1 + 2 + 2 + 1 calls in the 6 statements run
    assertEquals(8, destroyed.get());
  }
}
