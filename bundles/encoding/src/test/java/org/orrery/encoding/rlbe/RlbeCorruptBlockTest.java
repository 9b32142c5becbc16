package org.orrery.encoding.rlbe;

import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.ByteBuffer;
import org.junit.jupiter.api.Test;
import org.orrery.codec.api.CodecException;

/** An RLBE block's 32-bit value count must fit the bits that follow (each value costs one bit at least). */
class RlbeCorruptBlockTest {
    @Test
    void countLargerThanTheRemainingBitsIsRejected() {
        // 9 000 values (within the 10 000 block cap) followed by 3 bytes = 24 bits.
        ByteBuffer in = ByteBuffer.allocate(7).putInt(9000).put(new byte[3]).flip();
        CodecException e = assertThrows(CodecException.class, () -> new RlbeReader(64, "RLBE INT64").readAll(in));
        assertTrue(e.getMessage().contains("claims 9000 values but only 24 bits remain"), e.getMessage());
    }
}
