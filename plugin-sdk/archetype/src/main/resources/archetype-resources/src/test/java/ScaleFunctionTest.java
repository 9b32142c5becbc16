package ${package};

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

class ScaleFunctionTest {

  /** Runs the function's lifecycle over {@code table} as the server would. */
  private static RecordingPointCollector run(UDFParameters parameters, InputTable table)
      throws Exception {
    ScaleFunction function = new ScaleFunction();
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

  @Test
  void scalesAndShiftsEveryNonNullPoint() throws Exception {
    UDFParameters parameters =
        UDFParameters.builder()
            .input("root.sg.d1.s1", Type.INT32)
            .attribute("factor", "2.5")
            .attribute("offset", "1")
            .build();
    InputTable table =
        new InputTable(
            new long[] {10, 20, 30},
            Column.ofInts(Type.INT32, new int[] {2, 0, -4}, new boolean[] {false, true, false}));

    RecordingPointCollector output = run(parameters, table);

    // 2 * 2.5 + 1 = 6 and -4 * 2.5 + 1 = -9; the null point at 20 yields nothing.
    assertArrayEquals(new long[] {10, 30}, output.times());
    assertEquals(List.of(6.0, -9.0), output.values());
  }

  @Test
  void withoutAttributesTheValueIsCopied() throws Exception {
    UDFParameters parameters = UDFParameters.builder().input("s1", Type.DOUBLE).build();
    InputTable table = new InputTable(new long[] {1}, Column.ofDoubles(new double[] {0.5}, null));
    assertEquals(List.of(0.5), run(parameters, table).values());
  }

  @Test
  void rejectsTextInput() {
    UDFParameters parameters = UDFParameters.builder().input("root.sg.d1.s2", Type.TEXT).build();
    UDFParameterNotValidException e =
        assertThrows(UDFParameterNotValidException.class,
            () -> new ScaleFunction().validate(new UDFParameterValidator(parameters)));
    assertEquals(
        "input series 0 (root.sg.d1.s2) has type TEXT, but the function accepts"
            + " INT32, INT64, FLOAT, DOUBLE",
        e.getMessage());
  }
}
