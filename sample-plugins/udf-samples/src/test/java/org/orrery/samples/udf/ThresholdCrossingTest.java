package org.orrery.samples.udf;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.orrery.udf.api.access.Row;
import org.orrery.udf.api.column.Column;
import org.orrery.udf.api.customizer.config.UDTFConfigurations;
import org.orrery.udf.api.customizer.parameter.UDFParameterValidator;
import org.orrery.udf.api.customizer.parameter.UDFParameters;
import org.orrery.udf.api.exception.UDFParameterNotValidException;
import org.orrery.udf.api.testing.InputTable;
import org.orrery.udf.api.testing.RecordingPointCollector;
import org.orrery.udf.api.type.Type;

class ThresholdCrossingTest {

  private static UDFParameters parameters(Type inputType, String... attributes) {
    UDFParameters.Builder builder = UDFParameters.builder().input("root.sg.d1.s1", inputType);
    for (int i = 0; i < attributes.length; i += 2) {
      builder.attribute(attributes[i], attributes[i + 1]);
    }
    return builder.build();
  }

  private static RecordingPointCollector run(UDFParameters parameters, InputTable table)
      throws Exception {
    ThresholdCrossing function = new ThresholdCrossing();
    function.validate(new UDFParameterValidator(parameters));
    UDTFConfigurations configurations = new UDTFConfigurations();
    function.beforeStart(parameters, configurations);
    configurations.check(parameters);
    RecordingPointCollector collector =
        new RecordingPointCollector(configurations.getOutputDataType());
    for (Row row : table.rows()) {
      function.transform(row, collector);
    }
    function.terminate(collector);
    function.beforeDestroy();
    return collector;
  }

  private static InputTable doubles(double[] values, boolean[] nulls) {
    long[] times = new long[values.length];
    for (int i = 0; i < times.length; i++) {
      times[i] = i + 1;
    }
    return new InputTable(times, Column.ofDoubles(values, nulls));
  }

  @Test
  void marksUpwardAndDownwardCrossings() throws Exception {
    // 5 (below), 12 (up at 2), 15 (above), 8 (down at 4), 11 (up at 5)
    RecordingPointCollector output =
        run(parameters(Type.DOUBLE, "threshold", "10"), doubles(new double[] {5, 12, 15, 8, 11},
            null));
    assertArrayEquals(new long[] {2, 4, 5}, output.times());
    assertEquals(List.of(1, -1, 1), output.values());
  }

  @Test
  void aValueEqualToTheThresholdIsNotAbove() throws Exception {
    RecordingPointCollector output =
        run(parameters(Type.DOUBLE, "threshold", "10"), doubles(new double[] {11, 10, 10.5},
            null));
    assertArrayEquals(new long[] {2, 3}, output.times());
    assertEquals(List.of(-1, 1), output.values());
  }

  @Test
  void directionFiltersCrossingsAndNullsAreSkipped() throws Exception {
    // The null at time 2 is ignored: 12 -> (null) -> 8 is one downward crossing at time 3.
    InputTable table =
        doubles(new double[] {12, 0, 8, 14}, new boolean[] {false, true, false, false});
    RecordingPointCollector down =
        run(parameters(Type.DOUBLE, "threshold", "10", "direction", "DOWN"), table);
    assertArrayEquals(new long[] {3}, down.times());
    RecordingPointCollector up =
        run(parameters(Type.DOUBLE, "threshold", "10", "direction", "up"), table);
    assertArrayEquals(new long[] {4}, up.times());
  }

  @Test
  void readsIntegerInputs() throws Exception {
    InputTable table =
        new InputTable(new long[] {100, 200}, Column.ofLongs(Type.INT64, new long[] {-5, 5}, null));
    assertEquals(List.of(1), run(parameters(Type.INT64, "threshold", "0"), table).values());
  }

  @Test
  void validationNamesTheBadArgument() {
    ThresholdCrossing function = new ThresholdCrossing();
    assertEquals("attribute 'threshold' is required but was not given",
        assertThrows(UDFParameterNotValidException.class,
            () -> function.validate(new UDFParameterValidator(parameters(Type.DOUBLE))))
            .getMessage());
    assertEquals("attribute 'direction' must be up, down or both, got 'sideways'",
        assertThrows(UDFParameterNotValidException.class,
            () -> function.validate(new UDFParameterValidator(
                parameters(Type.DOUBLE, "threshold", "1", "direction", "sideways"))))
            .getMessage());
    assertThrows(UDFParameterNotValidException.class,
        () -> function.validate(new UDFParameterValidator(
            parameters(Type.BOOLEAN, "threshold", "1"))));
  }
}
