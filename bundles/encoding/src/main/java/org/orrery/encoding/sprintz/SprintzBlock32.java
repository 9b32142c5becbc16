package org.orrery.encoding.sprintz;

/**
 * The arithmetic of one 32-bit SPRINTZ block (Blalock, Guttag, Madden, "Sprintz: Time Series
 * Compression for the Internet of Things", 2018) as TsFile implements it: an anchor plus 8
 * values, each predicted by the FIRE predictor ({@code IntFire}: learning shift 2, 8 fraction
 * bits, reset per block) and stored as its residual mapped {@code r <= 0 ? -2r : 2r - 1},
 * bit-packed at the widest residual's width.
 *
 * <p>That mapping overflows for residuals beyond ±2^30 (extremes, or float bit patterns that
 * change sign), and the official decoder then reconstructs wrong values. {@link #pack} therefore
 * replays the official decoder on the packed residuals and reports whether it gets every value
 * back; if not, the caller stores the block in the escape form instead.
 */
final class SprintzBlock32 {
    static final int VALUES = 8;

    private final int[] decoded = new int[VALUES];

    /**
     * Computes the mapped residuals of {@code predictionInput[off+1 .. off+8]} into
     * {@code residuals}; returns true if the official decoder, starting from
     * {@code predictionInput[off]}, rebuilds exactly {@code expected[off+1 .. off+8]}.
     */
    boolean pack(int[] predictionInput, int[] expected, int off, int[] residuals) {
        int accumulator = 0;
        int delta = 0;
        for (int i = 0; i < VALUES; i++) {
            int previous = predictionInput[off + i];
            int value = predictionInput[off + i + 1];
            int prediction = previous + (((accumulator >> 2) * delta) >> 8);
            int error = value - prediction;
            accumulator -= error > 0 ? -delta : delta;
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

    /** The official decoder's reconstruction of the 8 values after {@code anchor}. */
    static void unpack(int anchor, int[] residuals, int[] out) {
        int accumulator = 0;
        int delta = 0;
        int previous = anchor;
        for (int i = 0; i < VALUES; i++) {
            int r = residuals[i];
            int error = r % 2 == 0 ? -r / 2 : (r + 1) / 2;
            int value = previous + (((accumulator >> 2) * delta) >> 8) + error;
            accumulator -= error > 0 ? -delta : delta;
            delta = value - previous;
            out[i] = value;
            previous = value;
        }
    }

    /** Bit width of the block: widest residual, at least 1 (TsFile getIntMaxBitWidth). */
    static int width(int[] residuals) {
        int width = 1;
        for (int r : residuals) {
            width = Math.max(width, 32 - Integer.numberOfLeadingZeros(r));
        }
        return width;
    }
}
