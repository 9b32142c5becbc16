package org.orrery.query.udtf;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.orrery.common.block.Block;
import org.orrery.common.block.Column;
import org.orrery.common.error.ErrorCode;
import org.orrery.common.error.OrreryException;
import org.orrery.common.type.DataType;
import org.orrery.query.block.Values;
import org.orrery.query.context.QueryContext;
import org.orrery.query.function.UdtfFactory;
import org.orrery.udf.api.UDTF;
import org.orrery.udf.api.access.RowWindow;
import org.orrery.udf.api.customizer.config.UDTFConfigurations;
import org.orrery.udf.api.customizer.parameter.UDFParameterValidator;
import org.orrery.udf.api.customizer.parameter.UDFParameters;
import org.orrery.udf.api.customizer.strategy.AccessStrategy;
import org.orrery.udf.api.customizer.strategy.SessionTimeWindowAccessStrategy;
import org.orrery.udf.api.customizer.strategy.SlidingSizeWindowAccessStrategy;
import org.orrery.udf.api.customizer.strategy.SlidingTimeWindowAccessStrategy;
import org.orrery.udf.api.customizer.strategy.StateWindowAccessStrategy;

/**
 * One call of a transform function in a query, following the UDTF lifecycle: a fresh instance,
 * {@code validate} and {@code beforeStart} when the query is analysed (that is when the output
 * type becomes known), {@code transform} over the rows cut by the chosen access strategy and
 * {@code terminate} when it runs, and {@code beforeDestroy} on {@link #close()} whatever happened.
 */
public final class UdtfCall implements AutoCloseable {
  private final String name;
  private final UdtfFactory factory;
  private final UDTF instance;
  private final AccessStrategy strategy;
  private final DataType outputType;
  private boolean closed;

  /**
   * Creates the instance and runs {@code validate} and {@code beforeStart}.
   *
   * @throws OrreryException SEMANTIC_ERROR naming the function when it rejects the call
   */
  public UdtfCall(String name, UdtfFactory factory, List<String> inputs, List<DataType> types,
      Map<String, String> attributes) {
    this.name = name;
    this.factory = factory;
    this.instance = factory.newInstance();
    try {
      List<org.orrery.udf.api.type.Type> udfTypes = new ArrayList<>();
      for (DataType type : types) {
        udfTypes.add(UdfTypes.toUdf(type));
      }
      UDFParameters parameters = new UDFParameters(inputs, udfTypes, attributes);
      instance.validate(new UDFParameterValidator(parameters));
      UDTFConfigurations configurations = new UDTFConfigurations();
      instance.beforeStart(parameters, configurations);
      configurations.check(parameters);
      this.strategy = configurations.getAccessStrategy();
      this.outputType = UdfTypes.toEngine(configurations.getOutputDataType());
    } catch (Exception e) {
      close();
      throw failure(e);
    }
  }

  private OrreryException failure(Exception e) {
    if (e instanceof OrreryException orrery) {
      return orrery;
    }
    return new OrreryException(ErrorCode.SEMANTIC_ERROR, "function " + name + ": "
        + (e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage()), e);
  }

  public DataType outputType() {
    return outputType;
  }

  /**
   * Runs the function over {@code input} (times ascending, one column per argument) and returns
   * its output points.
   */
  public Block run(Block input, QueryContext context) {
    long[] times = input.rowCount() == 0 ? new long[0] : input.times();
    Column[] columns = input.columns().toArray(new Column[0]);
    int n = input.rowCount();
    CheckedCollector collector = new CheckedCollector(name, outputType);
    try {
      switch (strategy.kind()) {
        case ROW_BY_ROW -> {
          ColumnRow row = new ColumnRow(times, columns);
          for (int i = 0; i < n; i++) {
            if ((i & 1023) == 0) {
              context.checkAlive();
            }
            instance.transform(row.at(i), collector);
          }
        }
        case SLIDING_SIZE_WINDOW -> {
          SlidingSizeWindowAccessStrategy s = (SlidingSizeWindowAccessStrategy) strategy;
          for (long from = 0; from < n; from += s.getSlidingStep()) {
            context.checkAlive();
            int to = (int) Math.min(n, from + s.getWindowSize());
            window(times, columns, (int) from, to, times[(int) from], times[to - 1] + 1, collector);
          }
        }
        case SLIDING_TIME_WINDOW -> slidingTime((SlidingTimeWindowAccessStrategy) strategy, times, columns, n,
            collector, context);
        case SESSION_TIME_WINDOW -> sessions((SessionTimeWindowAccessStrategy) strategy, times, columns, n,
            collector, context);
        case STATE_WINDOW -> states((StateWindowAccessStrategy) strategy, times, columns, n, collector, context);
      }
      instance.terminate(collector);
    } catch (Exception e) {
      throw failure(e);
    }
    return collector.result();
  }

  private void window(long[] times, Column[] columns, int from, int to, long start, long end,
      CheckedCollector collector) throws Exception {
    RowWindow window = new ColumnRowWindow(times, columns, from, to, start, end);
    instance.transform(window, collector);
  }

  private void slidingTime(SlidingTimeWindowAccessStrategy s, long[] times, Column[] columns, int n,
      CheckedCollector collector, QueryContext context) throws Exception {
    if (n == 0 && s.getDisplayWindowBegin().isEmpty()) {
      return;
    }
    long begin = s.getDisplayWindowBegin().orElse(n == 0 ? 0 : times[0]);
    long end = s.getDisplayWindowEnd().orElse(n == 0 ? 0 : times[n - 1] + 1);
    int cursor = 0;
    for (long start = begin; start < end; start += s.getSlidingStep()) {
      context.checkAlive();
      long stop = Math.min(end, start + s.getTimeInterval());
      while (cursor < n && times[cursor] < start) {
        cursor++;
      }
      int to = cursor;
      while (to < n && times[to] < stop) {
        to++;
      }
      window(times, columns, cursor, to, start, stop, collector);
      if (start > Long.MAX_VALUE - s.getSlidingStep()) {
        break;
      }
    }
  }

  private static int[] display(long[] times, int n, java.util.OptionalLong begin, java.util.OptionalLong end) {
    int from = 0;
    while (begin.isPresent() && from < n && times[from] < begin.getAsLong()) {
      from++;
    }
    int to = from;
    while (to < n && (end.isEmpty() || times[to] < end.getAsLong())) {
      to++;
    }
    return new int[] {from, to};
  }

  private void sessions(SessionTimeWindowAccessStrategy s, long[] times, Column[] columns, int n,
      CheckedCollector collector, QueryContext context) throws Exception {
    int[] range = display(times, n, s.getDisplayWindowBegin(), s.getDisplayWindowEnd());
    int start = range[0];
    for (int i = range[0] + 1; i <= range[1]; i++) {
      if (i == range[1] || times[i] - times[i - 1] > s.getSessionTimeGap()) {
        context.checkAlive();
        window(times, columns, start, i, times[start], times[i - 1] + 1, collector);
        start = i;
      }
    }
  }

  private void states(StateWindowAccessStrategy s, long[] times, Column[] columns, int n,
      CheckedCollector collector, QueryContext context) throws Exception {
    int[] range = display(times, n, s.getDisplayWindowBegin(), s.getDisplayWindowEnd());
    Column value = columns[0];
    int start = range[0];
    int stateRow = -1;
    for (int i = range[0]; i < range[1]; i++) {
      if (value.isNull(i)) {
        continue;
      }
      if (stateRow < 0) {
        stateRow = i;
        continue;
      }
      boolean same = s.getDelta().isPresent()
          ? Math.abs(Values.asDouble(value, i) - Values.asDouble(value, stateRow)) <= s.getDelta().getAsDouble()
          : java.util.Objects.deepEquals(value.get(i), value.get(stateRow))
              || (value.type().isNumeric() && Values.asDouble(value, i) == Values.asDouble(value, stateRow));
      if (!same) {
        context.checkAlive();
        window(times, columns, start, i, times[start], times[i - 1] + 1, collector);
        start = i;
        stateRow = i;
      }
    }
    if (start < range[1]) {
      window(times, columns, start, range[1], times[start], times[range[1] - 1] + 1, collector);
    }
  }

  @Override
  public void close() {
    if (closed) {
      return;
    }
    closed = true;
    try {
      instance.beforeDestroy();
    } finally {
      factory.release(instance);
    }
  }
}
