package org.orrery.encoding.ts2diff;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;

import java.util.Arrays;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.orrery.codec.api.ByteSink;
import org.orrery.encoding.bits.Packing;

/**
 * The TS_2DIFF INT64 encoder takes the block's bit width from its largest and smallest delta and
 * skips packing at width 0; its output must be byte for byte that of the previous encoder (one
 * width per delta, packing every delta), kept here as {@link PreviousEncoder}. Both encoders see
 * the same sequence of pages, because stale bytes of the reused packing buffer reach the output.
 */
class LongTs2DiffIdentityTest {
    @Test
    void sameBytesAsThePreviousEncoderOnRandomPages() {
        Random random = new Random(61);
        LongTs2DiffEncoder current = new LongTs2DiffEncoder();
        PreviousEncoder previous = new PreviousEncoder();
        for (int page = 0; page < 3_000; page++) {
            int count = random.nextInt(4) == 0 ? random.nextInt(5) : random.nextInt(2_000);
            long[] values = new long[count + 3];
            int kind = random.nextInt(6);
            long t = random.nextLong();
            for (int i = 0; i < values.length; i++) {
                switch (kind) {
                    case 0 -> t += 1_000;                                  // evenly spaced: width 0
                    case 1 -> t += 1_000 + random.nextInt(3) - 1;          // jitter
                    case 2 -> t = random.nextLong();                       // overflowing deltas
                    case 3 -> t = random.nextBoolean() ? Long.MAX_VALUE : Long.MIN_VALUE;
                    case 4 -> t += random.nextInt(10) == 0 ? -random.nextInt(1 << 20) : random.nextInt(100);
                    default -> t += (long) random.nextInt(1 << random.nextInt(31)) << random.nextInt(33);
                }
                values[i] = t;
            }
            int offset = random.nextInt(4);
            int n = Math.min(count, values.length - offset);
            ByteSink a = new ByteSink();
            ByteSink b = new ByteSink();
            current.encode(values, offset, n, a);
            previous.encode(values, offset, n, b);
            assertArrayEquals(Arrays.copyOf(b.array(), b.size()), Arrays.copyOf(a.array(), a.size()),
                    "page " + page + " of kind " + kind + " with " + n + " values");
        }
    }

    /** The encoder before this change, for comparison only. */
    private static final class PreviousEncoder {
        private final long[] deltas = new long[IntTs2DiffEncoder.BLOCK_DELTAS];
        private final byte[] packed = new byte[IntTs2DiffEncoder.BLOCK_DELTAS * Long.BYTES];

        void encode(long[] values, int offset, int count, ByteSink out) {
            int end = offset + count;
            int i = offset;
            while (i < end) {
                long first = values[i];
                int n = Math.min(IntTs2DiffEncoder.BLOCK_DELTAS, end - i - 1);
                long minDelta = Long.MAX_VALUE;
                long previous = first;
                for (int j = 0; j < n; j++) {
                    long v = values[i + 1 + j];
                    long d = v - previous;
                    deltas[j] = d;
                    minDelta = Math.min(minDelta, d);
                    previous = v;
                }
                int width = 0;
                for (int j = 0; j < n; j++) {
                    deltas[j] -= minDelta;
                    width = Math.max(width, Packing.width(deltas[j]));
                }
                out.writeInt(n);
                out.writeInt(width);
                out.writeLong(minDelta);
                out.writeLong(first);
                int bytes = (n * width + 7) / 8;
                for (int j = 0; j < n; j++) {
                    Packing.put(packed, (long) j * width, width, deltas[j]);
                }
                out.write(packed, 0, bytes);
                i += n + 1;
            }
        }
    }
}
