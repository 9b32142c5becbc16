package org.orrery.udf.api.customizer.parameter;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.orrery.udf.api.exception.UDFParameterNotValidException;
import org.orrery.udf.api.type.Type;

class UDFParametersTest {

  // As for: SELECT f(s1, s2, 'key1'='orrery', 'key2'='123.45', 'n'=' 7 ', ...) FROM root.sg.d
  private final UDFParameters parameters =
      UDFParameters.builder()
          .input("root.sg.d.s1", Type.INT32)
          .input("root.sg.d.s2 + 1", Type.DOUBLE)
          .attribute("key1", "orrery")
          .attribute("key2", "123.45")
          .attribute("n", " 7 ")
          .attribute("big", "5000000000")
          .attribute("flag", "TRUE")
          .attribute("bad", "abc")
          .build();

  @Test
  void childExpressionsAndTypesKeepCallOrder() {
    assertEquals(List.of("root.sg.d.s1", "root.sg.d.s2 + 1"), parameters.getChildExpressions());
    assertEquals(2, parameters.getChildExpressionsSize());
    assertEquals(Type.DOUBLE, parameters.getDataType(1));
    assertEquals(List.of(Type.INT32, Type.DOUBLE), parameters.getDataTypes());
  }

  @Test
  void aMissingInputIsReportedWithTheInputCount() {
    UDFParameterNotValidException e =
        assertThrows(UDFParameterNotValidException.class, () -> parameters.getDataType(2));
    assertEquals("input series 2 does not exist: the function was given 2 input series",
        e.getMessage());
  }

  @Test
  void typedGettersParseAttributes() {
    assertEquals("orrery", parameters.getString("key1"));
    assertEquals(123.45f, parameters.getFloat("key2"));
    assertEquals(123.45, parameters.getDouble("key2"));
    assertEquals(7, parameters.getInt("n"));
    assertEquals(5_000_000_000L, parameters.getLong("big"));
    assertEquals(Boolean.TRUE, parameters.getBoolean("flag"));
  }

  @Test
  void absentAttributesGiveNullOrTheDefault() {
    assertNull(parameters.getDouble("key3"));
    assertNull(parameters.getString("key3"));
    assertEquals(678, parameters.getIntOrDefault("key4", 678));
    assertEquals(7, parameters.getIntOrDefault("n", 678));
    assertEquals(2.5, parameters.getDoubleOrDefault("x", 2.5));
    assertEquals(9L, parameters.getLongOrDefault("x", 9L));
    assertEquals(1.5f, parameters.getFloatOrDefault("x", 1.5f));
    assertFalse(parameters.getBooleanOrDefault("x", false));
    assertEquals("dflt", parameters.getStringOrDefault("x", "dflt"));
    assertFalse(parameters.hasAttribute("x"));
    assertTrue(parameters.hasAttribute("key1"));
  }

  @Test
  void malformedAttributesNameKeyAndText() {
    UDFParameterNotValidException e =
        assertThrows(UDFParameterNotValidException.class, () -> parameters.getInt("bad"));
    assertEquals("attribute 'bad' = 'abc' is not a valid INT32 number", e.getMessage());
    assertThrows(UDFParameterNotValidException.class, () -> parameters.getInt("big"));
    assertThrows(UDFParameterNotValidException.class, () -> parameters.getLongOrDefault("key2", 1));
    e = assertThrows(UDFParameterNotValidException.class,
        () -> parameters.getBooleanOrDefault("key1", true));
    assertEquals("attribute 'key1' = 'orrery' is not a valid boolean", e.getMessage());
    assertThrows(UDFParameterNotValidException.class, () -> parameters.getDouble("bad"));
  }

  @Test
  void attributesAreImmutableAndTheListsMustMatch() {
    assertThrows(UnsupportedOperationException.class,
        () -> parameters.getAttributes().put("k", "v"));
    assertThrows(IllegalArgumentException.class,
        () -> new UDFParameters(List.of("a", "b"), List.of(Type.INT32), Map.of()));
  }
}
