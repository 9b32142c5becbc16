package org.orrery.codec.api;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Immutable string options for creating encoders or configuring compressors (for example the
 * float precision of RLE/TS_2DIFF, or the ZSTD level). Unknown keys are ignored by codecs that do
 * not use them, so one options object can be passed to every codec of a column.
 */
public final class CodecOptions {
    /**
     * Decimal digits kept by the scaled-integer form of FLOAT/DOUBLE under RLE and TS_2DIFF
     * (TsFile's {@code max_point_number}, default {@value #DEFAULT_FLOAT_PRECISION}). Written into
     * each page; Orrery's encoders fall back to raw bits for values the scaling would change, so
     * this only affects size, never values.
     */
    public static final String FLOAT_PRECISION = "float.precision";
    public static final int DEFAULT_FLOAT_PRECISION = 2;
    /** Compression level for compressors that have one (ZSTD, GZIP, LZMA2). */
    public static final String COMPRESSION_LEVEL = "compression.level";

    public static final CodecOptions DEFAULTS = new CodecOptions(Map.of());

    private final Map<String, String> values;

    private CodecOptions(Map<String, String> values) {
        this.values = values;
    }

    public static CodecOptions of(Map<String, String> values) {
        return new CodecOptions(Collections.unmodifiableMap(new LinkedHashMap<>(values)));
    }

    /** A copy with {@code key} set to {@code value}. */
    public CodecOptions with(String key, String value) {
        Map<String, String> copy = new LinkedHashMap<>(values);
        copy.put(key, value);
        return new CodecOptions(Collections.unmodifiableMap(copy));
    }

    public CodecOptions with(String key, int value) {
        return with(key, Integer.toString(value));
    }

    public String get(String key) {
        return values.get(key);
    }

    /** The int value of {@code key}, or {@code defaultValue} if absent; fails naming the key if not an int. */
    public int getInt(String key, int defaultValue) {
        String v = values.get(key);
        if (v == null) {
            return defaultValue;
        }
        try {
            return Integer.parseInt(v.trim());
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("codec option " + key + " must be an integer, got '" + v + "'", e);
        }
    }

    public Map<String, String> asMap() {
        return values;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof CodecOptions && ((CodecOptions) o).values.equals(values);
    }

    @Override
    public int hashCode() {
        return values.hashCode();
    }

    @Override
    public String toString() {
        return "CodecOptions" + values;
    }
}
