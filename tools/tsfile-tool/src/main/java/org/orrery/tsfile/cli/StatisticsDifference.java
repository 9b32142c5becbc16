package org.orrery.tsfile.cli;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import org.orrery.tsfile.stats.BooleanStatistics;
import org.orrery.tsfile.stats.DoubleStatistics;
import org.orrery.tsfile.stats.FloatStatistics;
import org.orrery.tsfile.stats.IntStatistics;
import org.orrery.tsfile.stats.LongStatistics;
import org.orrery.tsfile.stats.Statistics;
import org.orrery.tsfile.stats.StringStatistics;
import org.orrery.tsfile.stats.TextStatistics;

/**
 * The first field in which stored statistics disagree with statistics recomputed from the decoded
 * points: count, start and end time, then the type's min, max, first, last and sum. Floating-point
 * values must be identical (bit patterns, so NaN equals NaN and -0.0 differs from 0.0); a
 * floating-point sum may differ by a relative 1e-9, because a writer may add a page's values in
 * another order (the oracle allows the same).
 */
record StatisticsDifference(String field, String stored, String decoded) {
    /** Relative tolerance for floating-point sums (the oracle's). */
    private static final double SUM_TOLERANCE = 1e-9;
    /** Longest text or blob value printed in a message, in bytes. */
    private static final int MAX_SHOWN_BYTES = 48;

    /** The first difference, or null if {@code stored} and {@code decoded} agree. */
    static StatisticsDifference between(Statistics stored, Statistics decoded) {
        if (stored.count() != decoded.count()) {
            return new StatisticsDifference("count", Long.toString(stored.count()), Long.toString(decoded.count()));
        }
        if (decoded.count() == 0) {
            return null; // the times and values of empty statistics mean nothing
        }
        if (stored.startTime() != decoded.startTime()) {
            return longs("startTime", stored.startTime(), decoded.startTime());
        }
        if (stored.endTime() != decoded.endTime()) {
            return longs("endTime", stored.endTime(), decoded.endTime());
        }
        if (stored.getClass() != decoded.getClass()) {
            return new StatisticsDifference("type", stored.getClass().getSimpleName(),
                    decoded.getClass().getSimpleName());
        }
        if (stored instanceof BooleanStatistics) {
            BooleanStatistics a = (BooleanStatistics) stored;
            BooleanStatistics b = (BooleanStatistics) decoded;
            return firstOf(booleans("first", a.first(), b.first()), booleans("last", a.last(), b.last()),
                    a.sum() == b.sum() ? null : longs("sum", a.sum(), b.sum()));
        }
        if (stored instanceof IntStatistics) {
            IntStatistics a = (IntStatistics) stored;
            IntStatistics b = (IntStatistics) decoded;
            return firstOf(ints("min", a.min(), b.min()), ints("max", a.max(), b.max()),
                    ints("first", a.first(), b.first()), ints("last", a.last(), b.last()),
                    a.sum() == b.sum() ? null : longs("sum", a.sum(), b.sum()));
        }
        if (stored instanceof LongStatistics) {
            LongStatistics a = (LongStatistics) stored;
            LongStatistics b = (LongStatistics) decoded;
            return firstOf(a.min() == b.min() ? null : longs("min", a.min(), b.min()),
                    a.max() == b.max() ? null : longs("max", a.max(), b.max()),
                    a.first() == b.first() ? null : longs("first", a.first(), b.first()),
                    a.last() == b.last() ? null : longs("last", a.last(), b.last()),
                    sum(a.sum(), b.sum()));
        }
        if (stored instanceof FloatStatistics) {
            FloatStatistics a = (FloatStatistics) stored;
            FloatStatistics b = (FloatStatistics) decoded;
            return firstOf(floats("min", a.min(), b.min()), floats("max", a.max(), b.max()),
                    floats("first", a.first(), b.first()), floats("last", a.last(), b.last()), sum(a.sum(), b.sum()));
        }
        if (stored instanceof DoubleStatistics) {
            DoubleStatistics a = (DoubleStatistics) stored;
            DoubleStatistics b = (DoubleStatistics) decoded;
            return firstOf(doubles("min", a.min(), b.min()), doubles("max", a.max(), b.max()),
                    doubles("first", a.first(), b.first()), doubles("last", a.last(), b.last()),
                    sum(a.sum(), b.sum()));
        }
        if (stored instanceof StringStatistics) {
            StringStatistics a = (StringStatistics) stored;
            StringStatistics b = (StringStatistics) decoded;
            return firstOf(bytes("min", a.min(), b.min()), bytes("max", a.max(), b.max()),
                    bytes("first", a.first(), b.first()), bytes("last", a.last(), b.last()));
        }
        if (stored instanceof TextStatistics) {
            TextStatistics a = (TextStatistics) stored;
            TextStatistics b = (TextStatistics) decoded;
            return firstOf(bytes("first", a.first(), b.first()), bytes("last", a.last(), b.last()));
        }
        return null; // BLOB and the time column keep no value summaries
    }

    private static StatisticsDifference firstOf(StatisticsDifference... candidates) {
        for (StatisticsDifference d : candidates) {
            if (d != null) {
                return d;
            }
        }
        return null;
    }

    private static StatisticsDifference longs(String field, long stored, long decoded) {
        return new StatisticsDifference(field, Long.toString(stored), Long.toString(decoded));
    }

    private static StatisticsDifference ints(String field, int stored, int decoded) {
        return stored == decoded ? null : longs(field, stored, decoded);
    }

    private static StatisticsDifference booleans(String field, boolean stored, boolean decoded) {
        return stored == decoded ? null
                : new StatisticsDifference(field, Boolean.toString(stored), Boolean.toString(decoded));
    }

    private static StatisticsDifference floats(String field, float stored, float decoded) {
        return Float.compare(stored, decoded) == 0 ? null
                : new StatisticsDifference(field, Float.toString(stored), Float.toString(decoded));
    }

    private static StatisticsDifference doubles(String field, double stored, double decoded) {
        return Double.compare(stored, decoded) == 0 ? null
                : new StatisticsDifference(field, Double.toString(stored), Double.toString(decoded));
    }

    private static StatisticsDifference sum(double stored, double decoded) {
        boolean same = Double.compare(stored, decoded) == 0
                || Math.abs(stored - decoded) <= SUM_TOLERANCE * Math.max(1.0, Math.max(Math.abs(stored),
                        Math.abs(decoded)));
        return same ? null : new StatisticsDifference("sum", Double.toString(stored), Double.toString(decoded));
    }

    private static StatisticsDifference bytes(String field, byte[] stored, byte[] decoded) {
        return Arrays.equals(stored, decoded) ? null : new StatisticsDifference(field, shown(stored), shown(decoded));
    }

    /** A text value as a quoted string if it is printable UTF-8, else as hex; long values cut. */
    static String shown(byte[] value) {
        int n = Math.min(value.length, MAX_SHOWN_BYTES);
        String suffix = value.length > n ? "...(" + value.length + " bytes)" : "";
        String text = new String(value, 0, n, StandardCharsets.UTF_8);
        boolean printable = text.codePoints().allMatch(cp -> cp >= 0x20 && cp != 0x7F && cp != 0xFFFD);
        if (printable) {
            return "\"" + text.replace("\\", "\\\\").replace("\"", "\\\"") + "\"" + suffix;
        }
        StringBuilder hex = new StringBuilder("0x");
        for (int i = 0; i < n; i++) {
            hex.append(Character.forDigit((value[i] >> 4) & 0xF, 16)).append(Character.forDigit(value[i] & 0xF, 16));
        }
        return hex + suffix;
    }

    /** The message part: {@code max=12.5 stored but max=13.0 from the decoded points}. */
    String describe() {
        return "statistics " + field + "=" + stored + " stored but " + field + "=" + decoded + " from the decoded points";
    }
}
