package org.orrery.functions.scalar;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.orrery.common.block.Column;
import org.orrery.common.type.DataType;
import org.orrery.engine.function.BoundScalar;
import org.orrery.functions.testing.Calls;
import org.orrery.functions.testing.Cols;

/** diff over result rows, on the documentation's example (rows at times 1..6). */
class DiffTest {
  private static final Column S1 = Cols.ints(1, 2, null, 4, 5, null);
  private static final Column S2 = Cols.doubles(1.0, null, 3.0, null, 5.0, 6.0);

  @Test
  void ignoringNullsUsesThePreviousValue() {
    assertArrayEquals(new Object[] {null, 1.0, null, 2.0, 1.0, null},
        Calls.values("diff", new Column[] {S1}));
    assertArrayEquals(new Object[] {null, null, 2.0, null, 2.0, 1.0},
        Calls.values("diff", new Column[] {S2}));
  }

  @Test
  void notIgnoringNullsBreaksTheChain() {
    assertArrayEquals(new Object[] {null, 1.0, null, null, 1.0, null},
        Calls.values("diff", new Column[] {S1}, "ignoreNull", "false"));
    assertArrayEquals(new Object[] {null, null, null, null, null, 1.0},
        Calls.values("diff", new Column[] {S2}, "ignoreNull", "false"));
  }

  @Test
  void stateCarriesAcrossBlocks() {
    BoundScalar bound = Calls.bind("diff", new Column[] {S1});
    assertTrue(bound.carriesState());
    assertEquals(DataType.DOUBLE, bound.outputType());
    Column first = bound.evaluate(new long[] {1, 2}, new Column[] {Cols.ints(1, 2)}, 2);
    Column second = bound.evaluate(new long[] {3, 4}, new Column[] {Cols.ints(null, 4)}, 2);
    assertArrayEquals(new Object[] {null, 1.0}, Cols.values(first, 2));
    assertArrayEquals(new Object[] {null, 2.0}, Cols.values(second, 2));
  }

  @Test
  void eachBindingStartsAfresh() {
    BoundScalar a = Calls.bind("diff", new Column[] {S1});
    a.evaluate(new long[] {1}, new Column[] {Cols.ints(10)}, 1);
    BoundScalar b = Calls.bind("diff", new Column[] {S1});
    Column fresh = b.evaluate(new long[] {2}, new Column[] {Cols.ints(12)}, 1);
    assertTrue(fresh.isNull(0));
  }
}
