package org.orrery.encoding.scaled;

import org.orrery.codec.api.ByteSink;
import org.orrery.codec.api.DoubleEncoder;
import org.orrery.codec.api.LongEncoder;

/**
 * DOUBLE under RLE or TS_2DIFF, losslessly: scaled by 10^p into the INT64 stream when
 * {@code stored / 10^p} gives back the same bits, raw IEEE bits otherwise. See
 * {@link ScaledFloatEncoder}.
 */
public final class ScaledDoubleEncoder implements DoubleEncoder {
    private final LongEncoder inner;
    private final int precision;
    private final double scale;
    private long[] stored = new long[0];
    private boolean[] raw = new boolean[0];

    public ScaledDoubleEncoder(LongEncoder inner, int precision) {
        this.inner = inner;
        this.precision = precision;
        this.scale = ScaledPageHeader.scale(precision);
    }

    @Override
    public void encode(double[] values, int offset, int count, ByteSink out) {
        if (count == 0) {
            return;
        }
        if (stored.length < count) {
            stored = new long[count];
            raw = new boolean[count];
        }
        boolean anyRaw = false;
        for (int i = 0; i < count; i++) {
            double v = values[offset + i];
            double scaled = v * scale;
            boolean exact = false;
            if (scaled <= Long.MAX_VALUE && scaled >= Long.MIN_VALUE) {
                long s = Math.round(scaled);
                if (Double.doubleToRawLongBits(s / scale) == Double.doubleToRawLongBits(v)) {
                    stored[i] = s;
                    exact = true;
                }
            }
            if (!exact) {
                stored[i] = Double.doubleToRawLongBits(v);
                anyRaw = true;
            }
            raw[i] = !exact;
        }
        ScaledPageHeader.write(out, precision, raw, count, anyRaw);
        inner.encode(stored, 0, count, out);
    }
}
