package org.orrery.functions.aggregate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.orrery.common.block.Column;
import org.orrery.common.type.DataType;
import org.orrery.engine.function.Accumulator;
import org.orrery.engine.function.BoundAggregate;
import org.orrery.engine.function.FunctionArguments;

/**
 * count declares that it reads no values, so storage may hand it times-only columns (exact null
 * flags, unspecified values); its count over such a column equals its count over the real one.
 */
class CountReadsNoValuesTest {
  @Test
  void countAloneReadsNoValues() {
    for (DataType type : DataType.values()) {
      BoundAggregate count = new Count().bind(new FunctionArguments("count", List.of(type), Map.of()));
      assertFalse(count.readsValues(), type.toString());
      assertTrue(count.usesStatistics());
      assertEquals(DataType.INT64, count.outputType());
    }
    assertTrue(new Sum().bind(new FunctionArguments("sum", List.of(DataType.DOUBLE), Map.of())).readsValues());
  }

  @Test
  void placeholderValuesCountLikeRealOnes() {
    boolean[] nulls = {false, true, false, false, true, false};
    Column real = new Column(DataType.DOUBLE, new double[] {1, 0, 3, 4, 0, 6}, nulls, 6);
    Column placeholder = new Column(DataType.DOUBLE, new double[6], nulls, 6);
    byte[] empty = new byte[0];
    Column realText = new Column(DataType.TEXT, new byte[][] {{'a'}, null, {'c'}, {'d'}, null, {'f'}}, null, 6);
    Column placeholderText = new Column(DataType.TEXT, new byte[][] {empty, empty, empty, empty, empty, empty},
        nulls, 6);
    long[] times = {1, 2, 3, 4, 5, 6};
    BoundAggregate count = new Count().bind(new FunctionArguments("count", List.of(DataType.DOUBLE), Map.of()));
    for (Column[] pair : new Column[][] {{real, placeholder}, {realText, placeholderText}}) {
      Accumulator a = count.newAccumulator();
      Accumulator b = count.newAccumulator();
      a.add(times, new Column[] {pair[0]}, 0, 6);
      b.add(times, new Column[] {pair[1]}, 0, 6);
      assertEquals(4L, a.result());
      assertEquals(a.result(), b.result());
      Accumulator c = count.newAccumulator();
      c.add(times, new Column[] {pair[1]}, 2, 5);
      assertEquals(2L, c.result(), "rows 2..4: two values, one null");
    }
  }
}
