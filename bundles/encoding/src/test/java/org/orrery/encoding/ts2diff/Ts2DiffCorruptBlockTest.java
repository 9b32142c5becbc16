package org.orrery.encoding.ts2diff;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.ByteBuffer;
import org.junit.jupiter.api.Test;
import org.orrery.codec.api.CodecException;

/**
 * Hand-built TS_2DIFF blocks (layout: int32 delta count, int32 width, minDelta, first value,
 * packed deltas): counts taken from the bytes must be checked against the bytes left, and a
 * zero-width block (which legitimately costs only its header) must unpack straight into the
 * caller's array.
 */
class Ts2DiffCorruptBlockTest {
    private static ByteBuffer longBlock(int deltas, int width, long minDelta, long first, int packedBytes) {
        ByteBuffer b = ByteBuffer.allocate(24 + packedBytes);
        b.putInt(deltas).putInt(width).putLong(minDelta).putLong(first);
        return b.position(24 + packedBytes).flip();
    }

    @Test
    void zeroWidthBlockExpandsToFirstPlusMinDeltaSteps() {
        // 1 000 deltas of width 0: first value, then +1000 each step, from 24 bytes.
        long[] all = new LongTs2DiffDecoder().decodeAll(longBlock(1000, 0, 1000, 5, 0));
        assertEquals(1001, all.length);
        for (int i = 0; i < all.length; i++) {
            assertEquals(5 + 1000L * i, all[i]);
        }
    }

    @Test
    void decodeWithCountFillsOnlyTheCountFromALongBlock() {
        long[] out = new long[4];
        ByteBuffer in = longBlock(IntTs2DiffDecoder.MAX_BLOCK_DELTAS, 0, 2, 10, 0);
        new LongTs2DiffDecoder().decode(in, out, 1, 3);
        assertArrayEquals(new long[] {0, 10, 12, 14}, out);
        assertFalse(in.hasRemaining());
    }

    @Test
    void deltaCountAboveTheCapIsRejected() {
        CodecException e = assertThrows(CodecException.class,
                () -> new LongTs2DiffDecoder().decodeAll(longBlock(IntTs2DiffDecoder.MAX_BLOCK_DELTAS + 1, 0, 1, 0, 0)));
        assertTrue(e.getMessage().contains("delta count " + (IntTs2DiffDecoder.MAX_BLOCK_DELTAS + 1)), e.getMessage());
    }

    @Test
    void packedBitsBeyondTheInputAreRejectedBeforeAllocating() {
        // 60 000 deltas of 64 bits claim 480 000 bytes; only 8 follow.
        CodecException e = assertThrows(CodecException.class,
                () -> new LongTs2DiffDecoder().decode(longBlock(60_000, 64, 0, 0, 8), new long[2], 0, 2));
        assertTrue(e.getMessage().contains("480000 bytes but only 8 remain"), e.getMessage());
    }

    @Test
    void widthAboveTheTypeIsRejected() {
        ByteBuffer in = ByteBuffer.allocate(16).putInt(3).putInt(33).putInt(0).putInt(0).flip();
        CodecException e = assertThrows(CodecException.class, () -> new IntTs2DiffDecoder().decodeAll(in));
        assertTrue(e.getMessage().contains("bit width 33"), e.getMessage());
    }

    @Test
    void intBlockWithTooFewPackedBytesIsRejected() {
        ByteBuffer in = ByteBuffer.allocate(17).putInt(16).putInt(8).putInt(0).putInt(7).put((byte) 1).flip();
        CodecException e = assertThrows(CodecException.class, () -> new IntTs2DiffDecoder().decodeAll(in));
        assertTrue(e.getMessage().contains("16 bytes but only 1 remain"), e.getMessage());
    }

    @Test
    void intZeroWidthBlockUnpacksIntoTheCallersArray() {
        ByteBuffer in = ByteBuffer.allocate(16).putInt(5).putInt(0).putInt(-3).putInt(100).flip();
        int[] out = new int[8];
        new IntTs2DiffDecoder().decode(in, out, 2, 6);
        assertArrayEquals(new int[] {0, 0, 100, 97, 94, 91, 88, 85}, out);
    }
}
