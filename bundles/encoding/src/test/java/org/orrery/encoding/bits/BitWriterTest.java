package org.orrery.encoding.bits;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.ByteArrayOutputStream;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.orrery.codec.api.ByteSink;

/**
 * The accumulating writer must produce exactly the bytes of a most-significant-first stream
 * written one bit at a time. The reference here appends bits one by one to a byte array.
 */
class BitWriterTest {

    /** Bit-by-bit reference: the definition of the format, independent of the writer. */
    private static final class ReferenceStream {
        private final ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        private int current;
        private int used;

        void bit(boolean one) {
            current = (current << 1) | (one ? 1 : 0);
            if (++used == 8) {
                bytes.write(current);
                current = 0;
                used = 0;
            }
        }

        void bits(long value, int count) {
            for (int i = count - 1; i >= 0; i--) {
                bit(((value >>> i) & 1) != 0);
            }
        }

        boolean aligned() {
            return used == 0;
        }

        void pad() {
            while (used != 0) {
                bit(false);
            }
        }

        void closingByte() {
            if (used == 0) {
                bits(0, 8);
            } else {
                pad();
            }
        }
    }

    @Test
    void randomFieldWidthsMatchTheBitByBitWriting() {
        SplittableRandom random = new SplittableRandom(23);
        for (int round = 0; round < 500; round++) {
            ByteSink sink = new ByteSink(16);
            ReferenceStream reference = new ReferenceStream();
            // Bytes already in the sink must stay in front of the bit stream.
            int prefix = random.nextInt(3);
            for (int i = 0; i < prefix; i++) {
                int b = random.nextInt(256);
                sink.write(b);
                reference.bits(b, 8);
            }
            // Several writers one after another on one sink, as RLBE writes its blocks.
            int blocks = 1 + random.nextInt(3);
            for (int block = 0; block < blocks; block++) {
                BitWriter writer = new BitWriter(sink);
                int fields = random.nextInt(300);
                for (int f = 0; f < fields; f++) {
                    if (random.nextInt(4) == 0) {
                        boolean one = random.nextBoolean();
                        writer.writeBit(one);
                        reference.bit(one);
                    } else {
                        int count = random.nextInt(65);
                        // Full 64 random bits: those above `count` must not reach the stream.
                        long value = random.nextLong();
                        writer.writeBits(value, count);
                        reference.bits(value, count);
                    }
                    assertEquals(reference.aligned(), writer.isAligned(), "round " + round + " field " + f);
                }
                if (random.nextBoolean()) {
                    writer.padToByte();
                    reference.pad();
                } else {
                    writer.flushByte();
                    reference.closingByte();
                }
            }
            assertArrayEquals(reference.bytes.toByteArray(), sink.toByteArray(), "round " + round);
        }
    }

    @Test
    void everyWidthAtEveryAlignmentMatchesTheBitByBitWriting() {
        SplittableRandom random = new SplittableRandom(29);
        for (int offset = 0; offset < 64; offset++) {
            for (int count = 0; count <= 64; count++) {
                ByteSink sink = new ByteSink();
                ReferenceStream reference = new ReferenceStream();
                BitWriter writer = new BitWriter(sink);
                long lead = random.nextLong();
                long value = random.nextLong();
                writer.writeBits(lead, offset);
                reference.bits(lead, offset);
                writer.writeBits(value, count);
                reference.bits(value, count);
                writer.writeBits(-1L, 64);
                reference.bits(-1L, 64);
                writer.padToByte();
                reference.pad();
                assertArrayEquals(reference.bytes.toByteArray(), sink.toByteArray(),
                        "offset " + offset + " count " + count);
            }
        }
    }

    @Test
    void closingByteIsWrittenEvenWhenAligned() {
        ByteSink sink = new ByteSink();
        BitWriter writer = new BitWriter(sink);
        writer.writeBits(0xABCD, 16);
        writer.flushByte();
        assertArrayEquals(new byte[] {(byte) 0xAB, (byte) 0xCD, 0}, sink.toByteArray());

        sink.reset();
        writer = new BitWriter(sink);
        writer.writeBits(0b101, 3);
        writer.flushByte();
        // 101 padded with zeros, and no extra byte: the closing byte is the partial one.
        assertArrayEquals(new byte[] {(byte) 0b1010_0000}, sink.toByteArray());
    }

    @Test
    void paddingAnAlignedStreamAddsNothing() {
        ByteSink sink = new ByteSink();
        BitWriter writer = new BitWriter(sink);
        writer.padToByte();
        assertEquals(0, sink.size());
        writer.writeBits(0x0102030405060708L, 64);
        writer.writeBit(true);
        writer.padToByte();
        assertArrayEquals(new byte[] {1, 2, 3, 4, 5, 6, 7, 8, (byte) 0x80}, sink.toByteArray());
    }
}
