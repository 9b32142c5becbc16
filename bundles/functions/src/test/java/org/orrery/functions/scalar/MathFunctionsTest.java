package org.orrery.functions.scalar;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.orrery.common.block.Column;
import org.orrery.common.error.ErrorCode;
import org.orrery.common.error.OrreryException;
import org.orrery.common.type.DataType;
import org.orrery.functions.testing.Calls;
import org.orrery.functions.testing.Cols;

class MathFunctionsTest {
  private static final double EPS = 1e-12;

  /** Known values: input, expected (DOUBLE results). */
  @ParameterizedTest(name = "{0}({1}) = {2}")
  @CsvSource({
    "sin, 0, 0",
    "sin, 1.5707963267948966, 1",
    "cos, 0, 1",
    "cos, 3.141592653589793, -1",
    "tan, 0, 0",
    "tan, 0.7853981633974483, 1",
    "asin, 1, 1.5707963267948966",
    "acos, 1, 0",
    "atan, 1, 0.7853981633974483",
    "sinh, 0, 0",
    "cosh, 0, 1",
    "tanh, 0, 0",
    "degrees, 3.141592653589793, 180",
    "radians, 180, 3.141592653589793",
    "sign, -3.5, -1",
    "sign, 0, 0",
    "sign, 42, 1",
    "ceil, 1.2, 2",
    "ceil, -1.2, -1",
    "floor, 1.8, 1",
    "floor, -1.2, -2",
    "exp, 0, 1",
    "exp, 1, 2.718281828459045",
    "ln, 1, 0",
    "ln, 2.718281828459045, 1",
    "log10, 1000, 3",
    "sqrt, 16, 4",
    "sqrt, 2.25, 1.5",
  })
  void doubleFunctionsComputeKnownValues(String name, double input, double expected) {
    Column result = Calls.evaluate(name, new Column[] {Cols.doubles(input)});
    assertEquals(DataType.DOUBLE, result.type());
    assertEquals(expected, result.doubles()[0], EPS);
  }

  @Test
  void everyMathFunctionAcceptsEveryNumericTypeAndKeepsNulls() {
    Column[] inputs = {
      Cols.ints(4, null), Cols.longs(4L, null), Cols.floats(4f, null), Cols.doubles(4.0, null)
    };
    for (String name : List.of("sin", "cos", "tan", "asin", "acos", "atan", "sinh", "cosh",
        "tanh", "degrees", "radians", "sign", "ceil", "floor", "exp", "ln", "log10", "sqrt",
        "round")) {
      for (Column input : inputs) {
        Column result = Calls.evaluate(name, new Column[] {input});
        assertEquals(DataType.DOUBLE, result.type(), name);
        assertTrue(result.isNull(1), name + " of null must be null");
        assertTrue(!result.isNull(0), name + " of 4 must not be null");
      }
    }
    assertEquals(2.0, Calls.evaluate("sqrt", new Column[] {Cols.ints(4)}).doubles()[0]);
    assertEquals(2.0, Calls.evaluate("log10", new Column[] {Cols.longs(100L)}).doubles()[0]);
  }

  @Test
  void outOfDomainInputsGiveNanOrInfinityAsJavaMathDoes() {
    assertTrue(Double.isNaN(Calls.evaluate("sqrt", new Column[] {Cols.ints(-1)}).doubles()[0]));
    assertTrue(Double.isNaN(Calls.evaluate("asin", new Column[] {Cols.doubles(2.0)}).doubles()[0]));
    assertEquals(Double.NEGATIVE_INFINITY,
        Calls.evaluate("ln", new Column[] {Cols.ints(0)}).doubles()[0]);
    assertTrue(Double.isNaN(Calls.evaluate("sin", new Column[] {Cols.doubles(Double.NaN)}).doubles()[0]));
  }

  @Test
  void absKeepsTheInputType() {
    Column ints = Calls.evaluate("abs", new Column[] {Cols.ints(-5, 3, null, Integer.MIN_VALUE)});
    assertEquals(DataType.INT32, ints.type());
    assertArrayEquals(new Object[] {5, 3, null, Integer.MIN_VALUE}, Cols.values(ints, 4));
    Column longs = Calls.evaluate("abs", new Column[] {Cols.longs(-7L, Long.MAX_VALUE)});
    assertEquals(DataType.INT64, longs.type());
    assertArrayEquals(new Object[] {7L, Long.MAX_VALUE}, Cols.values(longs, 2));
    Column floats = Calls.evaluate("abs", new Column[] {Cols.floats(-1.5f)});
    assertEquals(DataType.FLOAT, floats.type());
    assertEquals(1.5f, floats.floats()[0]);
    assertEquals(2.25, Calls.evaluate("abs", new Column[] {Cols.doubles(-2.25)}).doubles()[0]);
  }

  /** The documentation's ROUND example on FLOAT values. */
  @Test
  void roundFollowsTheDocumentedExample() {
    Column s4 = Cols.floats(101.14345f, 20.144346f, 20.614372f, 20.814346f, 60.71443f, 10.143425f);
    assertArrayEquals(new Object[] {101.0, 20.0, 21.0, 21.0, 61.0, 10.0},
        Calls.values("round", new Column[] {s4}));
    assertArrayEquals(new Object[] {101.14, 20.14, 20.61, 20.81, 60.71, 10.14},
        Calls.values("round", new Column[] {s4}, "places", "2"));
    assertArrayEquals(new Object[] {100.0, 20.0, 20.0, 20.0, 60.0, 10.0},
        Calls.values("round", new Column[] {s4}, "places", "-1"));
  }

  @Test
  void roundIsHalfEvenAsMathRint() {
    assertArrayEquals(new Object[] {2.0, 4.0, -2.0},
        Calls.values("round", new Column[] {Cols.doubles(2.5, 3.5, -2.5)}));
  }

  @Test
  void nonNumericArgumentIsRejectedNamingTheFunction() {
    OrreryException error = assertThrows(OrreryException.class,
        () -> Calls.bind("sin", new Column[] {Cols.texts("a")}));
    assertEquals(ErrorCode.SEMANTIC_ERROR, error.code());
    assertTrue(error.getMessage().contains("sin"), error.getMessage());
    assertTrue(error.getMessage().contains("TEXT"), error.getMessage());
    assertThrows(OrreryException.class, () -> Calls.bind("abs", new Column[] {Cols.booleans(true)}));
  }

  @Test
  void wrongArgumentCountIsRejected() {
    OrreryException error = assertThrows(OrreryException.class,
        () -> Calls.bind("cos", new Column[] {Cols.ints(1), Cols.ints(2)}));
    assertTrue(error.getMessage().contains("cos"));
  }

  @Test
  void badPlacesAttributeIsRejectedNamingIt() {
    OrreryException error = assertThrows(OrreryException.class,
        () -> Calls.bind("round", new Column[] {Cols.doubles(1.0)}, "places", "two"));
    assertTrue(error.getMessage().contains("places"), error.getMessage());
  }

  @Test
  void emptyInputGivesEmptyColumn() {
    Column result = Calls.evaluate("sin", new Column[] {Cols.doubles()});
    assertEquals(0, result.size());
    assertNull(result.nulls());
  }
}
