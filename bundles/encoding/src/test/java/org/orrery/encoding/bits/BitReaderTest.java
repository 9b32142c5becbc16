package org.orrery.encoding.bits;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.BufferUnderflowException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/**
 * The read-ahead reader must return exactly the bits a most-significant-first stream holds and,
 * after {@link BitReader#release()}, leave the buffer where a byte-at-a-time reader would. The
 * expected bits are computed here one bit at a time from the raw bytes.
 */
class BitReaderTest {

    /** Bit {@code pos} of {@code bytes}, most significant first: the definition of the format. */
    private static long bitAt(byte[] bytes, long pos) {
        return (bytes[(int) (pos >>> 3)] >>> (7 - (int) (pos & 7))) & 1;
    }

    private static long reference(byte[] bytes, long pos, int count) {
        long value = 0;
        for (int i = 0; i < count; i++) {
            value = (value << 1) | bitAt(bytes, pos + i);
        }
        return value;
    }

    @Test
    void randomFieldWidthsMatchTheBitByBitReading() {
        SplittableRandom random = new SplittableRandom(7);
        for (int round = 0; round < 200; round++) {
            byte[] bytes = new byte[1 + random.nextInt(200)];
            random.nextBytes(bytes);
            int start = random.nextInt(Math.min(4, bytes.length));
            ByteBuffer in = ByteBuffer.wrap(bytes);
            in.position(start);
            if (random.nextBoolean()) {
                // The bit order is independent of the buffer's byte order.
                in.order(ByteOrder.LITTLE_ENDIAN);
            }
            BitReader reader = new BitReader(in);
            long pos = 8L * start;
            long total = 8L * bytes.length;
            while (true) {
                int count = random.nextInt(5) == 0 ? 1 : random.nextInt(65);
                if (pos + count > total) {
                    break;
                }
                long got = count == 1 && random.nextBoolean() ? (reader.readBit() ? 1 : 0) : reader.readBits(count);
                assertEquals(reference(bytes, pos, count), got, "round " + round + " bits " + pos + "+" + count);
                pos += count;
                assertEquals((int) ((8 - pos % 8) % 8), reader.bitsLeftInByte(), "bits left at " + pos);
                if (random.nextInt(10) == 0) {
                    reader.release();
                    assertEquals((int) ((pos + 7) / 8), in.position(), "position after release at bit " + pos);
                }
            }
            reader.release();
            assertEquals((int) ((pos + 7) / 8), in.position());
        }
    }

    @Test
    void readingPastTheLimitUnderflowsWithThePositionAtTheLimit() {
        byte[] bytes = new byte[11];
        ByteBuffer in = ByteBuffer.wrap(bytes);
        BitReader reader = new BitReader(in);
        reader.readBits(60);
        reader.readBits(20);
        assertThrows(BufferUnderflowException.class, () -> reader.readBits(9));
        assertEquals(11, in.position());
    }

    @Test
    void readingAnEmptyBufferUnderflows() {
        ByteBuffer in = ByteBuffer.allocate(0);
        BitReader reader = new BitReader(in);
        assertTrue(reader.exhausted());
        assertThrows(BufferUnderflowException.class, reader::readBit);
        assertEquals(0, reader.readBits(0));
    }

    @Test
    void skipToByteDropsOnlyTheStartedByte() {
        byte[] bytes = {(byte) 0b1010_0000, (byte) 0xC3, 0x11, 0x22, 0x33, 0x44, 0x55, 0x66, 0x77};
        ByteBuffer in = ByteBuffer.wrap(bytes);
        BitReader reader = new BitReader(in);
        assertEquals(0b101, reader.readBits(3));
        reader.skipToByte();
        assertEquals(0, reader.bitsLeftInByte());
        assertEquals(0xC3, reader.readBits(8));
        reader.release();
        assertEquals(2, in.position());
        assertFalse(reader.exhausted());
        assertEquals(0x11223344556677L, reader.readBits(56));
        assertTrue(reader.exhausted());
    }
}
