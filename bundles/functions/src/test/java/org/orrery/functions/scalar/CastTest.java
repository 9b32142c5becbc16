package org.orrery.functions.scalar;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.orrery.common.block.Column;
import org.orrery.common.error.ErrorCode;
import org.orrery.common.error.OrreryException;
import org.orrery.common.type.DataType;
import org.orrery.functions.testing.Calls;
import org.orrery.functions.testing.Cols;

/** cast, on the documentation's example series and the conversion table's edge cases. */
class CastTest {
  private static final Column S3 = Cols.floats(0.0f, 1.0f, 2.7f, 3.33f);
  private static final Column S5 = Cols.booleans(false, false, true, true);
  private static final Column S6 = Cols.texts("10000", "3", "TRue", "faLse");

  private static Object[] cast(Column input, String type) {
    return Calls.values("cast", new Column[] {input}, "type", type);
  }

  @Test
  void booleanToEveryType() {
    assertArrayEquals(new Object[] {0, 0, 1, 1}, cast(S5, "INT32"));
    assertArrayEquals(new Object[] {0L, 0L, 1L, 1L}, cast(S5, "INT64"));
    assertArrayEquals(new Object[] {0.0f, 0.0f, 1.0f, 1.0f}, cast(S5, "FLOAT"));
    assertArrayEquals(new Object[] {0.0, 0.0, 1.0, 1.0}, cast(S5, "DOUBLE"));
    assertArrayEquals(new Object[] {"false", "false", "true", "true"}, cast(S5, "TEXT"));
  }

  @Test
  void textToNumbersAndBoolean() {
    Column numbers = Cols.texts("10000", "3");
    assertArrayEquals(new Object[] {10000, 3}, cast(numbers, "INT32"));
    assertArrayEquals(new Object[] {10000L, 3L}, cast(numbers, "INT64"));
    assertArrayEquals(new Object[] {10000.0f, 3.0f}, cast(numbers, "FLOAT"));
    assertArrayEquals(new Object[] {10000.0, 3.0}, cast(numbers, "DOUBLE"));
    assertArrayEquals(new Object[] {true, false}, cast(Cols.texts("TRue", "faLse"), "BOOLEAN"));
  }

  @Test
  void floatingToWholeRoundsAndToTextPrintsJavaStyle() {
    assertArrayEquals(new Object[] {0, 1, 3, 3}, cast(S3, "INT32"));
    assertArrayEquals(new Object[] {0L, 1L, 3L, 3L}, cast(S3, "INT64"));
    assertArrayEquals(new Object[] {false, true, true, true}, cast(S3, "BOOLEAN"));
    assertArrayEquals(new Object[] {"0.0", "1.0", "2.7", "3.33"}, cast(S3, "TEXT"));
    // Math.round rounds half up: -2.5 becomes -2.
    assertArrayEquals(new Object[] {-2, 2, 3}, cast(Cols.doubles(-2.5, 2.4999, 2.5), "INT32"));
    // FLOAT widens exactly: 2.7f is not 2.7.
    assertEquals((double) 2.7f, cast(S3, "DOUBLE")[2]);
  }

  @Test
  void wholeToOthers() {
    assertArrayEquals(new Object[] {5L, -1L, null}, cast(Cols.ints(5, -1, null), "INT64"));
    assertArrayEquals(new Object[] {true, false}, cast(Cols.longs(7L, 0L), "BOOLEAN"));
    assertArrayEquals(new Object[] {"-42"}, cast(Cols.ints(-42), "TEXT"));
    assertArrayEquals(new Object[] {2147483647}, cast(Cols.longs(2147483647L), "INT32"));
  }

  @Test
  void outOfRangeValuesFailNamingTheValue() {
    OrreryException tooBig = assertThrows(OrreryException.class,
        () -> cast(Cols.longs(2147483648L), "INT32"));
    assertEquals(ErrorCode.ILLEGAL_ARGUMENT, tooBig.code());
    assertTrue(tooBig.getMessage().contains("2147483648"), tooBig.getMessage());
    assertTrue(tooBig.getMessage().contains("cast"), tooBig.getMessage());
    assertThrows(OrreryException.class, () -> cast(Cols.doubles(3.0e10), "INT32"));
    assertThrows(OrreryException.class, () -> cast(Cols.doubles(1.0e19), "INT64"));
    assertThrows(OrreryException.class, () -> cast(Cols.doubles(1.0e39), "FLOAT"));
  }

  @Test
  void unparsableTextFailsNamingTheText() {
    OrreryException error = assertThrows(OrreryException.class,
        () -> cast(Cols.texts("12", "abc"), "INT32"));
    assertTrue(error.getMessage().contains("'abc'"), error.getMessage());
    assertThrows(OrreryException.class, () -> cast(Cols.texts("yes"), "BOOLEAN"));
    assertThrows(OrreryException.class, () -> cast(Cols.texts("1.5"), "INT64"));
  }

  @Test
  void newerTypes() {
    assertArrayEquals(new Object[] {"2024-03-15"}, cast(Cols.dates(20240315), "TEXT"));
    assertArrayEquals(new Object[] {20240315}, cast(Cols.texts("2024-03-15"), "DATE"));
    assertArrayEquals(new Object[] {20240315}, cast(Cols.ints(20240315), "DATE"));
    assertArrayEquals(new Object[] {1700000000000L}, cast(Cols.timestamps(1700000000000L), "INT64"));
    assertArrayEquals(new Object[] {"ab"}, cast(Cols.texts("ab"), "STRING"));
    assertThrows(OrreryException.class, () -> cast(Cols.ints(20241332), "DATE"));
  }

  @Test
  void sameTypeIsTheInputItself() {
    Column input = Cols.ints(1, 2);
    assertSame(input, Calls.evaluate("cast", new Column[] {input}, "type", "int32"));
  }

  @Test
  void impossiblePairsAndBadTypesAreRejectedAtBind() {
    OrreryException error = assertThrows(OrreryException.class,
        () -> Calls.bind("cast", new Column[] {Cols.dates(20240101)}, "type", "BOOLEAN"));
    assertEquals(ErrorCode.SEMANTIC_ERROR, error.code());
    assertTrue(error.getMessage().contains("DATE"), error.getMessage());
    OrreryException badType = assertThrows(OrreryException.class,
        () -> Calls.bind("cast", new Column[] {Cols.ints(1)}, "type", "INTEGER"));
    assertTrue(badType.getMessage().contains("INTEGER"));
    assertThrows(OrreryException.class, () -> Calls.bind("cast", new Column[] {Cols.ints(1)}));
  }

  @Test
  void outputTypeIsTheTarget() {
    assertEquals(DataType.INT64,
        Calls.bind("cast", new Column[] {Cols.texts("1")}, "type", "INT64").outputType());
  }
}
