package org.orrery.udf.api.type;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class TypeTest {

  @Test
  void idsAreTheTsFileDataTypeBytes() {
    // TsFile v4 TSDataType bytes; ids 6 (VECTOR) and 7 (UNKNOWN) are not value types.
    assertEquals(0, Type.BOOLEAN.id());
    assertEquals(1, Type.INT32.id());
    assertEquals(2, Type.INT64.id());
    assertEquals(3, Type.FLOAT.id());
    assertEquals(4, Type.DOUBLE.id());
    assertEquals(5, Type.TEXT.id());
    assertEquals(8, Type.TIMESTAMP.id());
    assertEquals(9, Type.DATE.id());
    assertEquals(10, Type.BLOB.id());
    assertEquals(11, Type.STRING.id());
  }

  @Test
  void fromIdRoundTripsAndRejectsUnknownIds() {
    for (Type type : Type.values()) {
      assertEquals(type, Type.fromId(type.id()));
    }
    IllegalArgumentException e =
        assertThrows(IllegalArgumentException.class, () -> Type.fromId(6));
    assertTrue(e.getMessage().contains("6"), e.getMessage());
    assertThrows(IllegalArgumentException.class, () -> Type.fromId(-1));
    assertThrows(IllegalArgumentException.class, () -> Type.fromId(12));
  }

  @Test
  void fromNameIgnoresCaseAndNamesTheBadText() {
    assertEquals(Type.DOUBLE, Type.fromName("double"));
    assertEquals(Type.TIMESTAMP, Type.fromName("TimeStamp"));
    IllegalArgumentException e =
        assertThrows(IllegalArgumentException.class, () -> Type.fromName("decimal"));
    assertTrue(e.getMessage().contains("'decimal'"), e.getMessage());
  }

  @Test
  void categories() {
    assertTrue(Type.FLOAT.isNumeric());
    assertFalse(Type.TIMESTAMP.isNumeric());
    assertFalse(Type.BOOLEAN.isNumeric());
    assertTrue(Type.BLOB.isBinary());
    assertFalse(Type.BLOB.isText());
    assertTrue(Type.STRING.isText());
    assertFalse(Type.DATE.isBinary());
  }
}
