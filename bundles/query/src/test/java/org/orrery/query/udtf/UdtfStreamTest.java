package org.orrery.query.udtf;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Clock;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.orrery.common.block.Block;
import org.orrery.common.block.Column;
import org.orrery.common.time.TimeContext;
import org.orrery.common.time.TimestampPrecision;
import org.orrery.common.type.DataType;
import org.orrery.query.block.Blocks;
import org.orrery.query.context.QueryContext;
import org.orrery.query.function.UdtfFactory;
import org.orrery.udf.api.UDTF;
import org.orrery.udf.api.access.RowWindow;
import org.orrery.udf.api.collector.PointCollector;
import org.orrery.udf.api.customizer.config.UDTFConfigurations;
import org.orrery.udf.api.customizer.parameter.UDFParameters;
import org.orrery.udf.api.customizer.strategy.SessionTimeWindowAccessStrategy;
import org.orrery.udf.api.customizer.strategy.SlidingSizeWindowAccessStrategy;
import org.orrery.udf.api.customizer.strategy.SlidingTimeWindowAccessStrategy;
import org.orrery.udf.api.customizer.strategy.StateWindowAccessStrategy;
import org.orrery.udf.api.type.Type;

/**
 * Windows do not depend on how the input is cut into blocks: the rows t = 1, 2, 3, 5, 8, 9 with
 * values 1, 1, 2, 2, 2, 1, fed one row, two rows, four rows or all at a time, give the windows
 * worked out by hand below, each reported as (start time, number of rows).
 */
class UdtfStreamTest {
  private static final long[] TIMES = {1, 2, 3, 5, 8, 9};
  private static final double[] VALUES = {1, 1, 2, 2, 2, 1};

  /** Reports each window's start and size; the strategy is named by the 'mode' attribute. */
  static final class Windows implements UDTF {
    @Override
    public void beforeStart(UDFParameters parameters, UDTFConfigurations configurations) {
      configurations.setOutputDataType(Type.INT64).setAccessStrategy(switch (parameters.getString("mode")) {
        case "size" -> new SlidingSizeWindowAccessStrategy(3, 2);
        case "time" -> new SlidingTimeWindowAccessStrategy(3, 3);
        case "session" -> new SessionTimeWindowAccessStrategy(1);
        default -> new StateWindowAccessStrategy();
      });
    }

    @Override
    public void transform(RowWindow window, PointCollector collector) throws Exception {
      collector.putLong(window.windowStartTime(), window.windowSize());
    }
  }

  private static List<String> run(String mode, int blockRows) {
    QueryContext context = new QueryContext(
        new TimeContext(ZoneOffset.UTC, TimestampPrecision.MILLISECONDS, Clock.systemUTC()), 0, 1 << 20);
    try (UdtfCall call = new UdtfCall("windows", UdtfFactory.of(Windows::new), List.of("root.sg.d.v"),
        List.of(DataType.DOUBLE), Map.of("mode", mode))) {
      UdtfStream stream = call.open(List.of(DataType.DOUBLE), context);
      Block all = new Block(TIMES, List.of(new Column(DataType.DOUBLE, VALUES, new boolean[TIMES.length],
          TIMES.length)), TIMES.length);
      List<String> out = new ArrayList<>();
      for (int from = 0; from < TIMES.length; from += blockRows) {
        collect(stream.feed(Blocks.slice(all, from, Math.min(TIMES.length, from + blockRows))), out);
      }
      collect(stream.finish(), out);
      return out;
    }
  }

  private static void collect(Block points, List<String> out) {
    for (int i = 0; i < points.rowCount(); i++) {
      out.add(points.time(i) + ":" + points.column(0).longs()[i]);
    }
  }

  @ParameterizedTest
  @ValueSource(ints = {1, 2, 4, 6})
  void slidingSizeWindows(int blockRows) {
    // rows [0,3), [2,5), [4,6): start at t = 1, 3, 8
    assertEquals(List.of("1:3", "3:3", "8:2"), run("size", blockRows));
  }

  @ParameterizedTest
  @ValueSource(ints = {1, 2, 4, 6})
  void slidingTimeWindows(int blockRows) {
    // from the first time 1 to after the last time 9: [1,4), [4,7), [7,10)
    assertEquals(List.of("1:3", "4:1", "7:2"), run("time", blockRows));
  }

  @ParameterizedTest
  @ValueSource(ints = {1, 2, 4, 6})
  void sessionWindows(int blockRows) {
    // gaps larger than 1 after t = 3 and t = 5: {1, 2, 3}, {5}, {8, 9}
    assertEquals(List.of("1:3", "5:1", "8:2"), run("session", blockRows));
  }

  @ParameterizedTest
  @ValueSource(ints = {1, 2, 4, 6})
  void stateWindows(int blockRows) {
    // values 1, 1 | 2, 2, 2 | 1
    assertEquals(List.of("1:2", "3:3", "9:1"), run("state", blockRows));
  }
}
