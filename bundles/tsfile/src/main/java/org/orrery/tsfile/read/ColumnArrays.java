package org.orrery.tsfile.read;

import java.util.Arrays;

/** Copies of ranges of the primitive value arrays batches are made of. */
final class ColumnArrays {
    private ColumnArrays() {
    }

    static Object copyRange(Object array, int from, int to) {
        if (array instanceof boolean[]) {
            return Arrays.copyOfRange((boolean[]) array, from, to);
        }
        if (array instanceof int[]) {
            return Arrays.copyOfRange((int[]) array, from, to);
        }
        if (array instanceof long[]) {
            return Arrays.copyOfRange((long[]) array, from, to);
        }
        if (array instanceof float[]) {
            return Arrays.copyOfRange((float[]) array, from, to);
        }
        if (array instanceof double[]) {
            return Arrays.copyOfRange((double[]) array, from, to);
        }
        return Arrays.copyOfRange((byte[][]) array, from, to);
    }

    /** Index of the first timestamp {@code >= start} in ascending {@code times[0..n)}. */
    static int lowerBound(long[] times, int n, long start) {
        int lo = 0;
        int hi = n;
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (times[mid] < start) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        return lo;
    }

    /** Index after the last timestamp {@code <= end} in ascending {@code times[0..n)}. */
    static int upperBound(long[] times, int n, long end) {
        int lo = 0;
        int hi = n;
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (times[mid] <= end) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        return lo;
    }

    /**
     * Spreads {@code packed} (the non-null values in row order) over the rows whose
     * {@code nulls[r]} is false; returns a row-indexed array of {@code rows} slots.
     */
    static Object scatter(Object packed, boolean[] nulls, int rows) {
        if (packed instanceof boolean[]) {
            boolean[] in = (boolean[]) packed;
            boolean[] out = new boolean[rows];
            for (int r = 0, k = 0; r < rows; r++) {
                if (!nulls[r]) {
                    out[r] = in[k++];
                }
            }
            return out;
        }
        if (packed instanceof int[]) {
            int[] in = (int[]) packed;
            int[] out = new int[rows];
            for (int r = 0, k = 0; r < rows; r++) {
                if (!nulls[r]) {
                    out[r] = in[k++];
                }
            }
            return out;
        }
        if (packed instanceof long[]) {
            long[] in = (long[]) packed;
            long[] out = new long[rows];
            for (int r = 0, k = 0; r < rows; r++) {
                if (!nulls[r]) {
                    out[r] = in[k++];
                }
            }
            return out;
        }
        if (packed instanceof float[]) {
            float[] in = (float[]) packed;
            float[] out = new float[rows];
            for (int r = 0, k = 0; r < rows; r++) {
                if (!nulls[r]) {
                    out[r] = in[k++];
                }
            }
            return out;
        }
        if (packed instanceof double[]) {
            double[] in = (double[]) packed;
            double[] out = new double[rows];
            for (int r = 0, k = 0; r < rows; r++) {
                if (!nulls[r]) {
                    out[r] = in[k++];
                }
            }
            return out;
        }
        byte[][] in = (byte[][]) packed;
        byte[][] out = new byte[rows][];
        for (int r = 0, k = 0; r < rows; r++) {
            if (!nulls[r]) {
                out[r] = in[k++];
            }
        }
        return out;
    }

    /** The values at the non-null rows, packed in row order (inverse of {@link #scatter}). */
    static Object gather(Object rowValues, boolean[] nulls, int from, int to, int count) {
        if (rowValues instanceof boolean[]) {
            boolean[] in = (boolean[]) rowValues;
            boolean[] out = new boolean[count];
            for (int r = from, k = 0; r < to; r++) {
                if (!nulls[r]) {
                    out[k++] = in[r];
                }
            }
            return out;
        }
        if (rowValues instanceof int[]) {
            int[] in = (int[]) rowValues;
            int[] out = new int[count];
            for (int r = from, k = 0; r < to; r++) {
                if (!nulls[r]) {
                    out[k++] = in[r];
                }
            }
            return out;
        }
        if (rowValues instanceof long[]) {
            long[] in = (long[]) rowValues;
            long[] out = new long[count];
            for (int r = from, k = 0; r < to; r++) {
                if (!nulls[r]) {
                    out[k++] = in[r];
                }
            }
            return out;
        }
        if (rowValues instanceof float[]) {
            float[] in = (float[]) rowValues;
            float[] out = new float[count];
            for (int r = from, k = 0; r < to; r++) {
                if (!nulls[r]) {
                    out[k++] = in[r];
                }
            }
            return out;
        }
        if (rowValues instanceof double[]) {
            double[] in = (double[]) rowValues;
            double[] out = new double[count];
            for (int r = from, k = 0; r < to; r++) {
                if (!nulls[r]) {
                    out[k++] = in[r];
                }
            }
            return out;
        }
        byte[][] in = (byte[][]) rowValues;
        byte[][] out = new byte[count][];
        for (int r = from, k = 0; r < to; r++) {
            if (!nulls[r]) {
                out[k++] = in[r];
            }
        }
        return out;
    }
}
