package org.orrery.functions.testing;

import java.util.OptionalLong;
import org.orrery.udf.api.UDTF;
import org.orrery.udf.api.access.Row;
import org.orrery.udf.api.customizer.config.UDTFConfigurations;
import org.orrery.udf.api.customizer.parameter.UDFParameterValidator;
import org.orrery.udf.api.customizer.parameter.UDFParameters;
import org.orrery.udf.api.customizer.strategy.AccessStrategy;
import org.orrery.udf.api.customizer.strategy.SlidingSizeWindowAccessStrategy;
import org.orrery.udf.api.customizer.strategy.SlidingTimeWindowAccessStrategy;
import org.orrery.udf.api.testing.InputTable;
import org.orrery.udf.api.testing.RecordingPointCollector;

/**
 * Drives a UDTF through its whole lifecycle as the engine does: validate, beforeStart, the
 * configuration check, transform per row or per window of the strategy it chose, terminate, and
 * beforeDestroy whatever happened. Implements the strategies the built-ins use (row by row,
 * sliding size and sliding time windows); any other fails the test.
 */
public final class UdtfHarness {
  private UdtfHarness() {}

  /** Runs {@code udtf} over {@code table} and returns what it output. */
  public static RecordingPointCollector run(UDTF udtf, UDFParameters parameters, InputTable table)
      throws Exception {
    try {
      udtf.validate(new UDFParameterValidator(parameters));
      UDTFConfigurations configurations = new UDTFConfigurations();
      udtf.beforeStart(parameters, configurations);
      configurations.check(parameters);
      RecordingPointCollector collector =
          new RecordingPointCollector(configurations.getOutputDataType());
      AccessStrategy strategy = configurations.getAccessStrategy();
      switch (strategy.kind()) {
        case ROW_BY_ROW:
          for (Row row : table.rows()) {
            if (!allNull(row)) {
              udtf.transform(row, collector);
            }
          }
          break;
        case SLIDING_SIZE_WINDOW:
          sizeWindows(udtf, (SlidingSizeWindowAccessStrategy) strategy, table, collector);
          break;
        case SLIDING_TIME_WINDOW:
          timeWindows(udtf, (SlidingTimeWindowAccessStrategy) strategy, table, collector);
          break;
        default:
          throw new AssertionError("the harness does not drive " + strategy);
      }
      udtf.terminate(collector);
      return collector;
    } finally {
      udtf.beforeDestroy();
    }
  }

  private static boolean allNull(Row row) {
    for (int c = 0; c < row.size(); c++) {
      if (!row.isNull(c)) {
        return false;
      }
    }
    return true;
  }

  private static void sizeWindows(UDTF udtf, SlidingSizeWindowAccessStrategy strategy,
      InputTable table, RecordingPointCollector collector) throws Exception {
    for (int start = 0; start < table.size(); start += strategy.getSlidingStep()) {
      int end = Math.min(table.size(), start + strategy.getWindowSize());
      udtf.transform(table.window(start, end), collector);
    }
  }

  /**
   * Windows {@code [begin + k * step, begin + k * step + interval)} cut at the end; without a
   * display window the data's first time and last time + 1 bound them, and an open end
   * ({@code Long.MAX_VALUE}) stops at the data's last time + 1, as IoTDB does.
   */
  private static void timeWindows(UDTF udtf, SlidingTimeWindowAccessStrategy strategy,
      InputTable table, RecordingPointCollector collector) throws Exception {
    if (table.size() == 0 && strategy.getDisplayWindowBegin().isEmpty()) {
      return;
    }
    long dataEnd = table.size() == 0 ? Long.MIN_VALUE : table.row(table.size() - 1).getTime() + 1;
    OptionalLong displayBegin = strategy.getDisplayWindowBegin();
    long begin = displayBegin.isPresent() ? displayBegin.getAsLong() : table.row(0).getTime();
    long end = strategy.getDisplayWindowEnd().orElse(dataEnd);
    if (end == Long.MAX_VALUE) {
      end = Math.max(begin, dataEnd);
    }
    int firstRow = 0;
    for (long start = begin; start < end; start += strategy.getSlidingStep()) {
      long stop = Math.min(end, start + strategy.getTimeInterval());
      while (firstRow < table.size() && table.row(firstRow).getTime() < start) {
        firstRow++;
      }
      int lastRow = firstRow;
      while (lastRow < table.size() && table.row(lastRow).getTime() < stop) {
        lastRow++;
      }
      udtf.transform(table.window(firstRow, lastRow, start, stop), collector);
    }
  }
}
