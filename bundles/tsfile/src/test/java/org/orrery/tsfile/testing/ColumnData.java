package org.orrery.tsfile.testing;

import java.nio.charset.StandardCharsets;
import java.util.Random;
import org.orrery.common.type.DataType;

/**
 * Deterministic test values for a type: a smooth walk (what encodings like) mixed with edge
 * values (extremes, NaN, infinities, -0.0, subnormals, empty and non-ASCII strings).
 */
public final class ColumnData {
    private ColumnData() {
    }

    /** {@code n} values of {@code type} in the primitive array shape the tablet uses. */
    public static Object values(DataType type, int n, long seed) {
        return values(type, n, seed, true);
    }

    /**
     * As {@link #values(DataType, int, long)}; without {@code nonFinite} no NaN or infinity
     * appears (GORILLA_V1 uses NaN as its end-of-page marker and cannot store it).
     */
    public static Object values(DataType type, int n, long seed, boolean nonFinite) {
        Random rnd = new Random(seed);
        switch (type) {
            case BOOLEAN: {
                boolean[] v = new boolean[n];
                for (int i = 0; i < n; i++) {
                    v[i] = (i / 5) % 3 == 0 || rnd.nextInt(10) == 0;
                }
                return v;
            }
            case INT32: {
                int[] v = new int[n];
                int[] edges = {Integer.MIN_VALUE, Integer.MAX_VALUE, 0, -1, 1};
                int walk = 1000;
                for (int i = 0; i < n; i++) {
                    walk += rnd.nextInt(21) - 10;
                    v[i] = i % 97 < edges.length ? edges[i % 97] : walk;
                }
                return v;
            }
            case DATE: {
                int[] v = new int[n];
                for (int i = 0; i < n; i++) {
                    java.time.LocalDate d = java.time.LocalDate.of(1970, 1, 1).plusDays(rnd.nextInt(40000));
                    v[i] = d.getYear() * 10000 + d.getMonthValue() * 100 + d.getDayOfMonth();
                }
                return v;
            }
            case INT64:
            case TIMESTAMP: {
                long[] v = new long[n];
                long[] edges = {Long.MIN_VALUE, Long.MAX_VALUE, 0, -1, Integer.MIN_VALUE - 1L};
                long walk = 1_700_000_000_000L;
                for (int i = 0; i < n; i++) {
                    walk += rnd.nextInt(2001) - 1000;
                    v[i] = i % 89 < edges.length ? edges[i % 89] : walk;
                }
                return v;
            }
            case FLOAT: {
                float[] v = new float[n];
                float[] edges = {Float.NaN, Float.POSITIVE_INFINITY, Float.NEGATIVE_INFINITY, -0.0f, 0.0f,
                    Float.MIN_VALUE, Float.MAX_VALUE, -Float.MAX_VALUE, Float.MIN_NORMAL};
                float walk = 20.5f;
                for (int i = 0; i < n; i++) {
                    walk += (float) rnd.nextGaussian() * 0.25f;
                    v[i] = i % 101 < edges.length && (nonFinite || Float.isFinite(edges[i % 101])) ? edges[i % 101] : walk;
                }
                return v;
            }
            case DOUBLE: {
                double[] v = new double[n];
                double[] edges = {Double.NaN, Double.POSITIVE_INFINITY, Double.NEGATIVE_INFINITY, -0.0, 0.0,
                    Double.MIN_VALUE, Double.MAX_VALUE, -Double.MAX_VALUE, Double.MIN_NORMAL, 1e-300};
                double walk = -3.25;
                for (int i = 0; i < n; i++) {
                    walk += rnd.nextGaussian();
                    v[i] = i % 103 < edges.length && (nonFinite || Double.isFinite(edges[i % 103])) ? edges[i % 103]
                            : walk;
                }
                return v;
            }
            default: {
                byte[][] v = new byte[n][];
                String[] edges = {"", "\u00fcn\u00efc\u00f8d\u00e9 \u2713 \uD83D\uDE00", "quote\" back\\ tab\t nl\n",
                    "x".repeat(300)};
                for (int i = 0; i < n; i++) {
                    if (type == DataType.BLOB) {
                        byte[] b = new byte[rnd.nextInt(12)];
                        rnd.nextBytes(b);
                        v[i] = b;
                    } else {
                        String s = i % 61 < edges.length ? edges[i % 61] : "val-" + rnd.nextInt(40);
                        v[i] = s.getBytes(StandardCharsets.UTF_8);
                    }
                }
                return v;
            }
        }
    }

    /** Strictly increasing, irregular timestamps. */
    public static long[] times(int n, long start, long seed) {
        Random rnd = new Random(seed);
        long[] t = new long[n];
        long cur = start;
        for (int i = 0; i < n; i++) {
            cur += 1 + (rnd.nextInt(10) == 0 ? rnd.nextInt(5000) : 1000);
            t[i] = cur;
        }
        return t;
    }

    /** Whether {@code a[i]} and {@code b[j]} are the same value (floats compared bit for bit). */
    public static boolean sameValue(Object a, int i, Object b, int j) {
        if (a instanceof boolean[]) {
            return ((boolean[]) a)[i] == ((boolean[]) b)[j];
        }
        if (a instanceof int[]) {
            return ((int[]) a)[i] == ((int[]) b)[j];
        }
        if (a instanceof long[]) {
            return ((long[]) a)[i] == ((long[]) b)[j];
        }
        if (a instanceof float[]) {
            return Float.floatToRawIntBits(((float[]) a)[i]) == Float.floatToRawIntBits(((float[]) b)[j]);
        }
        if (a instanceof double[]) {
            return Double.doubleToRawLongBits(((double[]) a)[i]) == Double.doubleToRawLongBits(((double[]) b)[j]);
        }
        return java.util.Arrays.equals(((byte[][]) a)[i], ((byte[][]) b)[j]);
    }

    /** A printable form of {@code a[i]} for failure messages. */
    public static String show(Object a, int i) {
        if (a instanceof boolean[]) {
            return Boolean.toString(((boolean[]) a)[i]);
        }
        if (a instanceof int[]) {
            return Integer.toString(((int[]) a)[i]);
        }
        if (a instanceof long[]) {
            return Long.toString(((long[]) a)[i]);
        }
        if (a instanceof float[]) {
            return Float.toString(((float[]) a)[i]);
        }
        if (a instanceof double[]) {
            return Double.toString(((double[]) a)[i]);
        }
        return java.util.Arrays.toString(((byte[][]) a)[i]);
    }

    /** Copies {@code src[from .. from+n)} into a tablet column array. */
    public static void copy(Object src, int from, Object dst, int n) {
        System.arraycopy(src, from, dst, 0, n);
    }
}
