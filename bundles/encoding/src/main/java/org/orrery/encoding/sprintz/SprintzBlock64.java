package org.orrery.encoding.sprintz;

/**
 * {@link SprintzBlock32} for 64-bit values ({@code LongFire}: learning shift 3, 16 fraction
 * bits, and an <em>int</em> accumulator that truncates as in the official code).
 */
final class SprintzBlock64 {
    static final int VALUES = 8;

    private final long[] decoded = new long[VALUES];

    boolean pack(long[] predictionInput, long[] expected, int off, long[] residuals) {
        int accumulator = 0;
        long delta = 0;
        for (int i = 0; i < VALUES; i++) {
            long previous = predictionInput[off + i];
            long value = predictionInput[off + i + 1];
            long prediction = previous + (((long) (accumulator >> 3) * delta) >> 16);
            long error = value - prediction;
            accumulator = (int) (accumulator - (error > 0 ? -delta : delta));
            delta = value - previous;
            residuals[i] = error <= 0 ? -2 * error : 2 * error - 1;
        }
        unpack(predictionInput[off], residuals, decoded);
        for (int i = 0; i < VALUES; i++) {
            if (decoded[i] != expected[off + i + 1]) {
                return false;
            }
        }
        return true;
    }

    static void unpack(long anchor, long[] residuals, long[] out) {
        int accumulator = 0;
        long delta = 0;
        long previous = anchor;
        for (int i = 0; i < VALUES; i++) {
            long r = residuals[i];
            long error = r % 2 == 0 ? -r / 2 : (r + 1) / 2;
            long value = previous + (((long) (accumulator >> 3) * delta) >> 16) + error;
            accumulator = (int) (accumulator - (error > 0 ? -delta : delta));
            delta = value - previous;
            out[i] = value;
            previous = value;
        }
    }

    static int width(long[] residuals) {
        int width = 1;
        for (long r : residuals) {
            width = Math.max(width, 64 - Long.numberOfLeadingZeros(r));
        }
        return width;
    }
}
