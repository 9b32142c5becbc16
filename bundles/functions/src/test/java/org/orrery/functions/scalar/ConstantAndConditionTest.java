package org.orrery.functions.scalar;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.orrery.common.block.Column;
import org.orrery.common.error.OrreryException;
import org.orrery.common.type.DataType;
import org.orrery.functions.testing.Calls;
import org.orrery.functions.testing.Cols;

/** const, pi, e (constant series generators) and on_off, in_range (conditions). */
class ConstantAndConditionTest {
  /** The documentation's series: s1 at times 0..2, s2 at times 0, 3, 4. */
  private static final Column S1 = Cols.doubles(0.0, 1.0, 2.0, null, null);
  private static final Column S2 = Cols.doubles(0.0, null, null, 3.0, 4.0);

  @Test
  void constFollowsItsInputsTimes() {
    Column result = Calls.evaluate("const", new Column[] {S1}, "value", "1024", "type", "INT64");
    assertEquals(DataType.INT64, result.type());
    assertArrayEquals(new Object[] {1024L, 1024L, 1024L, null, null}, Cols.values(result, 5));
  }

  @Test
  void piAndEFollowTheUnionOfTheirInputs() {
    assertArrayEquals(new Object[] {Math.PI, null, null, Math.PI, Math.PI},
        Calls.values("pi", new Column[] {S2}));
    assertArrayEquals(new Object[] {Math.E, Math.E, Math.E, Math.E, Math.E},
        Calls.values("e", new Column[] {S1, S2}));
  }

  @Test
  void constOfEachAllowedType() {
    Column one = Cols.ints(7);
    assertArrayEquals(new Object[] {-3}, Calls.values("const", new Column[] {one}, "value", "-3", "type", "INT32"));
    assertArrayEquals(new Object[] {1.5f}, Calls.values("const", new Column[] {one}, "value", "1.5", "type", "FLOAT"));
    assertArrayEquals(new Object[] {0.25}, Calls.values("const", new Column[] {one}, "value", "0.25", "type", "DOUBLE"));
    assertArrayEquals(new Object[] {true}, Calls.values("const", new Column[] {one}, "value", "TRUE", "type", "BOOLEAN"));
    assertArrayEquals(new Object[] {"hi"}, Calls.values("const", new Column[] {one}, "value", "hi", "type", "TEXT"));
  }

  @Test
  void constRejectsBadAttributes() {
    Column one = Cols.ints(7);
    OrreryException badValue = assertThrows(OrreryException.class,
        () -> Calls.bind("const", new Column[] {one}, "value", "x", "type", "INT32"));
    assertTrue(badValue.getMessage().contains("'x'"), badValue.getMessage());
    assertThrows(OrreryException.class,
        () -> Calls.bind("const", new Column[] {one}, "value", "1", "type", "DATE"));
    assertThrows(OrreryException.class, () -> Calls.bind("const", new Column[] {one}, "value", "1"));
    assertThrows(OrreryException.class,
        () -> Calls.bind("const", new Column[] {}, "value", "1", "type", "INT32"));
  }

  @Test
  void onOffIsValueAtLeastThreshold() {
    Column ts = Cols.ints(1, 2, 3, 4, null);
    assertArrayEquals(new Object[] {false, true, true, true, null},
        Calls.values("on_off", new Column[] {ts}, "threshold", "2"));
  }

  @Test
  void inRangeIsInclusive() {
    Column ts = Cols.ints(1, 2, 3, 4, null);
    assertArrayEquals(new Object[] {false, true, true, false, null},
        Calls.values("in_range", new Column[] {ts}, "lower", "2", "upper", "3.1"));
  }

  @Test
  void conditionsRejectBadAttributesAndTypes() {
    Column ts = Cols.ints(1);
    OrreryException missing = assertThrows(OrreryException.class,
        () -> Calls.bind("on_off", new Column[] {ts}));
    assertTrue(missing.getMessage().contains("threshold"));
    OrreryException notNumber = assertThrows(OrreryException.class,
        () -> Calls.bind("on_off", new Column[] {ts}, "threshold", "high"));
    assertTrue(notNumber.getMessage().contains("'high'"));
    assertThrows(OrreryException.class,
        () -> Calls.bind("in_range", new Column[] {ts}, "lower", "5", "upper", "1"));
    assertThrows(OrreryException.class,
        () -> Calls.bind("on_off", new Column[] {Cols.texts("a")}, "threshold", "1"));
  }
}
