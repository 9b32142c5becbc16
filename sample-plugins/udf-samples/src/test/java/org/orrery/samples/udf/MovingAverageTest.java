package org.orrery.samples.udf;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.orrery.udf.api.column.Column;
import org.orrery.udf.api.customizer.config.UDTFConfigurations;
import org.orrery.udf.api.customizer.parameter.UDFParameterValidator;
import org.orrery.udf.api.customizer.parameter.UDFParameters;
import org.orrery.udf.api.customizer.strategy.SlidingSizeWindowAccessStrategy;
import org.orrery.udf.api.exception.UDFParameterNotValidException;
import org.orrery.udf.api.testing.InputTable;
import org.orrery.udf.api.testing.RecordingPointCollector;
import org.orrery.udf.api.type.Type;

class MovingAverageTest {

  private static final InputTable ONE_TO_FIVE =
      new InputTable(new long[] {1, 2, 3, 4, 5},
          Column.ofInts(Type.INT32, new int[] {1, 2, 3, 4, 5}, null));

  private static UDFParameters parameters(String... attributes) {
    UDFParameters.Builder builder = UDFParameters.builder().input("root.sg.d1.s1", Type.INT32);
    for (int i = 0; i < attributes.length; i += 2) {
      builder.attribute(attributes[i], attributes[i + 1]);
    }
    return builder.build();
  }

  /**
   * Runs the function the way the server does for a sliding size window: windows of
   * {@code size} rows starting every {@code step} rows, the last ones possibly shorter.
   */
  private static RecordingPointCollector run(UDFParameters parameters, InputTable table)
      throws Exception {
    MovingAverage function = new MovingAverage();
    function.validate(new UDFParameterValidator(parameters));
    UDTFConfigurations configurations = new UDTFConfigurations();
    function.beforeStart(parameters, configurations);
    configurations.check(parameters);
    SlidingSizeWindowAccessStrategy strategy =
        (SlidingSizeWindowAccessStrategy) configurations.getAccessStrategy();
    RecordingPointCollector collector =
        new RecordingPointCollector(configurations.getOutputDataType());
    for (int start = 0; start < table.size(); start += strategy.getSlidingStep()) {
      int end = Math.min(table.size(), start + strategy.getWindowSize());
      function.transform(table.window(start, end), collector);
    }
    function.terminate(collector);
    return collector;
  }

  @Test
  void averagesEveryFullWindowAtItsLastRow() throws Exception {
    RecordingPointCollector output = run(parameters("window", "3"), ONE_TO_FIVE);
    assertArrayEquals(new long[] {3, 4, 5}, output.times());
    assertEquals(List.of(2.0, 3.0, 4.0), output.values());
  }

  @Test
  void stepSkipsWindowStarts() throws Exception {
    // Windows [1,2], [3,4], [5] (short, dropped).
    RecordingPointCollector output = run(parameters("window", "2", "step", "2"), ONE_TO_FIVE);
    assertArrayEquals(new long[] {2, 4}, output.times());
    assertEquals(List.of(1.5, 3.5), output.values());
  }

  @Test
  void nullsAreLeftOutOfTheMean() throws Exception {
    InputTable table =
        new InputTable(new long[] {1, 2, 3},
            Column.ofDoubles(new double[] {1, 100, 5}, new boolean[] {false, true, false}));
    RecordingPointCollector output =
        run(UDFParameters.builder().input("s", Type.DOUBLE).attribute("window", "3").build(),
            table);
    assertEquals(List.of(3.0), output.values());
  }

  @Test
  void theStrategyFollowsTheAttributes() throws Exception {
    UDTFConfigurations configurations = new UDTFConfigurations();
    new MovingAverage().beforeStart(parameters("window", "4", "step", "2"), configurations);
    assertEquals(new SlidingSizeWindowAccessStrategy(4, 2), configurations.getAccessStrategy());
  }

  @Test
  void rejectsANonPositiveWindow() {
    assertEquals("'window' must be positive (got 0)",
        assertThrows(UDFParameterNotValidException.class,
            () -> new MovingAverage().validate(new UDFParameterValidator(parameters("window", "0"))))
            .getMessage());
  }
}
