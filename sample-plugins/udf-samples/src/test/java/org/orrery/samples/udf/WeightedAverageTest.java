package org.orrery.samples.udf;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.BitSet;
import org.junit.jupiter.api.Test;
import org.orrery.udf.api.State;
import org.orrery.udf.api.column.Column;
import org.orrery.udf.api.column.ColumnBatch;
import org.orrery.udf.api.customizer.config.UDAFConfigurations;
import org.orrery.udf.api.customizer.parameter.UDFParameterValidator;
import org.orrery.udf.api.customizer.parameter.UDFParameters;
import org.orrery.udf.api.exception.UDFException;
import org.orrery.udf.api.exception.UDFParameterNotValidException;
import org.orrery.udf.api.testing.RecordingResultValue;
import org.orrery.udf.api.type.Type;

class WeightedAverageTest {

  private final WeightedAverage function = started();

  private static WeightedAverage started() {
    UDFParameters parameters =
        UDFParameters.builder().input("value", Type.DOUBLE).input("weight", Type.INT32).build();
    WeightedAverage function = new WeightedAverage();
    try {
      function.validate(new UDFParameterValidator(parameters));
      UDAFConfigurations configurations = new UDAFConfigurations();
      function.beforeStart(parameters, configurations);
      configurations.check();
    } catch (Exception e) {
      throw new AssertionError(e);
    }
    return function;
  }

  private static ColumnBatch batch(long[] times, double[] values, int[] weights) {
    return new ColumnBatch(times, Column.ofDoubles(values, null), Column.ofInts(Type.INT32, weights,
        null));
  }

  private Object result(State state) {
    RecordingResultValue result = new RecordingResultValue(Type.DOUBLE);
    function.outputFinal(state, result);
    return result.get();
  }

  @Test
  void weighsEachValue() {
    State state = function.createState();
    function.addInput(state, batch(new long[] {1, 2, 3}, new double[] {10, 20, 40},
        new int[] {1, 1, 2}));
    // (10*1 + 20*1 + 40*2) / (1 + 1 + 2) = 110 / 4
    assertEquals(27.5, result(state));
  }

  @Test
  void skipsUnselectedRowsAndNulls() {
    BitSet selected = new BitSet();
    selected.set(0);
    selected.set(2);
    ColumnBatch batch = new ColumnBatch(new long[] {1, 2, 3},
        new Column[] {
          Column.ofDoubles(new double[] {10, 1000, 30}, null),
          Column.ofInts(Type.INT32, new int[] {1, 1, 3}, null)
        },
        selected);
    State state = function.createState();
    function.addInput(state, batch);
    // Row 2 is not selected: (10*1 + 30*3) / 4 = 25
    assertEquals(25.0, result(state));

    State withNull = function.createState();
    function.addInput(withNull, new ColumnBatch(new long[] {1, 2},
        Column.ofDoubles(new double[] {4, 8}, new boolean[] {false, true}),
        Column.ofInts(Type.INT32, new int[] {2, 2}, null)));
    assertEquals(4.0, result(withNull));
  }

  @Test
  void anEmptyGroupGivesNull() {
    RecordingResultValue result = new RecordingResultValue(Type.DOUBLE);
    function.outputFinal(function.createState(), result);
    assertTrue(result.isNull());
  }

  @Test
  void partialStatesCombineAcrossSerialization() {
    State left = function.createState();
    function.addInput(left, batch(new long[] {1}, new double[] {10}, new int[] {1}));
    State right = function.createState();
    function.addInput(right, batch(new long[] {2, 3}, new double[] {20, 40}, new int[] {1, 2}));

    // As between nodes: the right state travels as bytes.
    State received = function.createState();
    received.deserialize(right.serialize());
    function.combineState(left, received);
    assertEquals(27.5, result(left));
  }

  @Test
  void removingAStateUndoesItsRows() {
    State window = function.createState();
    function.addInput(window, batch(new long[] {1, 2}, new double[] {10, 20}, new int[] {1, 1}));
    State leaving = function.createState();
    function.addInput(leaving, batch(new long[] {1}, new double[] {10}, new int[] {1}));
    function.removeState(window, leaving);
    assertEquals(20.0, result(window));
  }

  @Test
  void resetReturnsToTheEmptyState() {
    State state = function.createState();
    function.addInput(state, batch(new long[] {1}, new double[] {10}, new int[] {1}));
    state.reset();
    RecordingResultValue result = new RecordingResultValue(Type.DOUBLE);
    function.outputFinal(state, result);
    assertTrue(result.isNull());
  }

  @Test
  void serializedFormIsTheDocumentedLayout() {
    WeightedAverageState state = new WeightedAverageState();
    state.weightedSum = 1.5;
    state.weightSum = 2;
    state.rows = 3;
    byte[] bytes = state.serialize();
    assertEquals(25, bytes.length);
    assertEquals(1, bytes[0]);
    // 1.5 is 0x3FF8000000000000 in IEEE 754: the first byte after the format byte is 0x3F.
    assertEquals(0x3F, bytes[1]);
    assertEquals(3, bytes[24]);
    UDFException e = assertThrows(UDFException.class, () -> state.deserialize(new byte[] {2}));
    assertEquals("weighted_avg: cannot read a state of 1 bytes with format byte 2;"
        + " expected 25 bytes with format 1", e.getMessage());
  }

  @Test
  void negativeWeightsFailWithTheirTime() {
    State state = function.createState();
    UDFException e = assertThrows(UDFException.class,
        () -> function.addInput(state, batch(new long[] {30}, new double[] {1}, new int[] {-2})));
    assertEquals("weighted_avg: weight -2.0 at time 30 is negative", e.getMessage());
  }

  @Test
  void needsTwoNumericInputs() {
    UDFParameters one = UDFParameters.builder().input("v", Type.DOUBLE).build();
    assertThrows(UDFParameterNotValidException.class,
        () -> new WeightedAverage().validate(new UDFParameterValidator(one)));
    UDFParameters text =
        UDFParameters.builder().input("v", Type.DOUBLE).input("w", Type.TEXT).build();
    assertThrows(UDFParameterNotValidException.class,
        () -> new WeightedAverage().validate(new UDFParameterValidator(text)));
  }
}
