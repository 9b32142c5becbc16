package org.orrery.trigger.api.data;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class TypeTest {

  @Test
  void idsAreTheTsFileDataTypeBytes() {
    int[] expected = {0, 1, 2, 3, 4, 5, 8, 9, 10, 11};
    Type[] types = {Type.BOOLEAN, Type.INT32, Type.INT64, Type.FLOAT, Type.DOUBLE, Type.TEXT,
        Type.TIMESTAMP, Type.DATE, Type.BLOB, Type.STRING};
    for (int i = 0; i < types.length; i++) {
      assertEquals(expected[i], types[i].id(), types[i].name());
      assertEquals(types[i], Type.fromId(expected[i]));
    }
  }

  @Test
  void unknownIdsAreRejectedByValue() {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> Type.fromId(7));
    assertTrue(e.getMessage().endsWith(": 7"), e.getMessage());
  }
}
