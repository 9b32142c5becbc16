package org.orrery.udf.api.type;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class BinaryTest {

  @Test
  void ofCopiesTheArraySoLaterChangesDoNotLeakIn() {
    byte[] bytes = {1, 2, 3};
    Binary binary = Binary.of(bytes);
    bytes[0] = 9;
    assertEquals(1, binary.byteAt(0));
    byte[] out = binary.toByteArray();
    out[1] = 9;
    assertEquals(2, binary.byteAt(1));
  }

  @Test
  void textRoundTripsThroughUtf8() {
    Binary binary = Binary.of("température");
    // 'é' takes two bytes in UTF-8, so 11 characters become 12 bytes.
    assertEquals(12, binary.length());
    assertEquals("température", binary.toStringUtf8());
    assertEquals(Binary.of("température"), binary);
    assertEquals(Binary.of("température").hashCode(), binary.hashCode());
  }

  @Test
  void orderComparesBytesAsUnsigned() {
    Binary high = Binary.of(new byte[] {(byte) 0xFF});
    Binary low = Binary.of(new byte[] {0x01});
    assertTrue(high.compareTo(low) > 0, "0xFF sorts after 0x01");
    assertTrue(Binary.of("ab").compareTo(Binary.of("abc")) < 0, "a prefix sorts first");
    assertNotEquals(high, low);
  }

  @Test
  void wrapSharesTheArray() {
    byte[] bytes = {1, 2};
    Binary binary = Binary.wrap(bytes);
    assertArrayEquals(new byte[] {1, 2}, binary.toByteArray());
    assertEquals(0, Binary.EMPTY.length());
  }
}
