package org.orrery.udf.api.testing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.orrery.udf.api.type.Type;

class RecordingResultValueTest {

  @Test
  void recordsOneValue() {
    RecordingResultValue result = new RecordingResultValue(Type.DOUBLE);
    assertFalse(result.isSet());
    assertThrows(IllegalStateException.class, result::get);
    result.setDouble(2.5);
    assertTrue(result.isSet());
    assertFalse(result.isNull());
    assertEquals(2.5, result.get());
    IllegalStateException e =
        assertThrows(IllegalStateException.class, () -> result.setDouble(3));
    assertEquals("setDouble called after the result was already set to 2.5", e.getMessage());
  }

  @Test
  void nullIsAResultOfAnyType() {
    RecordingResultValue result = new RecordingResultValue(Type.BLOB);
    result.setNull();
    assertTrue(result.isNull());
  }

  @Test
  void rejectsAValueOfAnotherType() {
    RecordingResultValue result = new RecordingResultValue(Type.INT32);
    assertThrows(IllegalStateException.class, () -> result.setLong(1));
    assertFalse(result.isSet());
    result.setInt(4);
    assertEquals(4, result.get());
  }
}
