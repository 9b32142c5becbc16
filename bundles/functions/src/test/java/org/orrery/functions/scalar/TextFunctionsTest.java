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

/** The string functions, mostly on the documentation's example series. */
class TextFunctionsTest {
  private static final Column LOGS = Cols.texts("warn:-8721", "error:-37229", "warn:1731", null);
  private static final Column S1 = Cols.texts("1test1", "22test22", null);

  @Test
  void stringContainsTestsForTheSubstring() {
    assertArrayEquals(new Object[] {true, false, true, null},
        Calls.values("string_contains", new Column[] {LOGS}, "s", "warn"));
  }

  @Test
  void stringMatchesTestsTheWholeText() {
    assertArrayEquals(new Object[] {false, true, false, null},
        Calls.values("string_matches", new Column[] {LOGS}, "regex", "[^\\s]+37229"));
    // "37229" alone does not match all of "error:-37229".
    assertArrayEquals(new Object[] {false, false, false, null},
        Calls.values("string_matches", new Column[] {LOGS}, "regex", "37229"));
  }

  @Test
  void lengthCountsCharacters() {
    Column result = Calls.evaluate("length", new Column[] {Cols.texts("1test1", "22test22", "", "héllo", null)});
    assertEquals(DataType.INT32, result.type());
    assertArrayEquals(new Object[] {6, 8, 0, 5, null}, Cols.values(result, 5));
  }

  @Test
  void locateFindsFirstOrLastOccurrenceFromZero() {
    assertArrayEquals(new Object[] {0, -1, null},
        Calls.values("locate", new Column[] {S1}, "target", "1"));
    assertArrayEquals(new Object[] {5, -1, null},
        Calls.values("locate", new Column[] {S1}, "target", "1", "reverse", "true"));
  }

  @Test
  void startsWithAndEndsWith() {
    assertArrayEquals(new Object[] {true, false, null},
        Calls.values("startswith", new Column[] {S1}, "target", "1"));
    assertArrayEquals(new Object[] {true, false, null},
        Calls.values("endswith", new Column[] {S1}, "target", "1"));
  }

  @Test
  void concatAppendsTargetsInWrittenOrderAndSkipsNullSeries() {
    Column s2 = Cols.texts(null, "2222test", null);
    assertArrayEquals(new Object[] {"1test1IoTDB", "22test222222testIoTDB", null},
        Calls.values("concat", new Column[] {S1, s2}, "target1", "IoT", "target2", "DB"));
    assertArrayEquals(new Object[] {"IoTDB1test1", "IoTDB22test222222test", null},
        Calls.values("concat", new Column[] {S1, s2},
            "target1", "IoT", "target2", "DB", "series_behind", "true"));
    // Written order decides, not the key's name.
    assertArrayEquals(new Object[] {"1test1DBIoT", "22test222222testDBIoT", null},
        Calls.values("concat", new Column[] {S1, s2}, "target2", "DB", "target1", "IoT"));
  }

  @Test
  void concatRejectsUnknownAttributesAndNonText() {
    OrreryException error = assertThrows(OrreryException.class,
        () -> Calls.bind("concat", new Column[] {S1}, "prefix", "x"));
    assertTrue(error.getMessage().contains("prefix"));
    assertThrows(OrreryException.class, () -> Calls.bind("concat", new Column[] {S1, Cols.ints(1)}));
  }

  @Test
  void substringCountsFromOne() {
    assertArrayEquals(new Object[] {"1t", "22", null},
        Calls.values("substring", new Column[] {S1}, "from", "1", "for", "2"));
    assertArrayEquals(new Object[] {"est1", "test22", null},
        Calls.values("substring", new Column[] {S1}, "from", "3"));
    assertArrayEquals(new Object[] {"", "2", null},
        Calls.values("substring", new Column[] {S1}, "from", "8", "for", "5"));
  }

  @Test
  void substringRejectsNonPositivePositions() {
    OrreryException error = assertThrows(OrreryException.class,
        () -> Calls.bind("substring", new Column[] {S1}, "from", "0"));
    assertTrue(error.getMessage().contains("from"));
    assertThrows(OrreryException.class,
        () -> Calls.bind("substring", new Column[] {S1}, "from", "1", "for", "-2"));
  }

  @Test
  void replaceIsLiteral() {
    assertArrayEquals(new Object[] {"1tttt1", "22tttt22", null},
        Calls.values("replace", new Column[] {S1}, "from", "es", "to", "tt"));
    assertArrayEquals(new Object[] {"a.b"},
        Calls.values("replace", new Column[] {Cols.texts("a+b")}, "from", "+", "to", "."));
  }

  @Test
  void upperLowerTrim() {
    assertArrayEquals(new Object[] {"1TEST1", "22TEST22", null},
        Calls.values("upper", new Column[] {S1}));
    assertArrayEquals(new Object[] {"1test1", "22test22"},
        Calls.values("lower", new Column[] {Cols.texts("1TEST1", "22TEST22")}));
    assertArrayEquals(new Object[] {"3querytest3", "3querytest3"},
        Calls.values("trim", new Column[] {Cols.texts("   3querytest3", "  3querytest3 ")}));
  }

  @Test
  void textResultsKeepStringType() {
    Column result = Calls.evaluate("upper", new Column[] {Cols.strings("ab")});
    assertEquals(DataType.STRING, result.type());
    assertEquals(DataType.TEXT, Calls.evaluate("upper", new Column[] {S1}).type());
  }

  @Test
  void strcmpComparesAsJavaStrings() {
    Column s2 = Cols.texts(null, "2222test", "x");
    Object[] result = Calls.values("strcmp", new Column[] {S1, s2});
    assertEquals(null, result[0]);
    // '2' (50) vs 't' at index 2? "22test22" vs "2222test": index 2 't' (116) - '2' (50) = 66.
    assertEquals(66, result[1]);
    assertEquals(null, result[2]);
  }

  @Test
  void missingAttributeIsNamed() {
    OrreryException error = assertThrows(OrreryException.class,
        () -> Calls.bind("string_contains", new Column[] {S1}));
    assertTrue(error.getMessage().contains("string_contains"));
    assertTrue(error.getMessage().contains("'s'"));
  }

  @Test
  void badRegexIsNamed() {
    OrreryException error = assertThrows(OrreryException.class,
        () -> Calls.bind("string_matches", new Column[] {S1}, "regex", "(unclosed"));
    assertTrue(error.getMessage().contains("(unclosed"));
  }

  @Test
  void numericInputIsRejected() {
    assertThrows(OrreryException.class, () -> Calls.bind("upper", new Column[] {Cols.ints(1)}));
    assertThrows(OrreryException.class, () -> Calls.bind("length", new Column[] {Cols.doubles(1.0)}));
  }
}
