package org.orrery.encoding.scaled;

import org.orrery.codec.api.ByteSink;
import org.orrery.codec.api.FloatEncoder;
import org.orrery.codec.api.IntEncoder;

/**
 * FLOAT under RLE or TS_2DIFF, losslessly: a value is stored scaled by 10^p only if the official
 * reader's arithmetic ({@code (float) (stored / 10^p)}) gives back exactly the same bits;
 * otherwise (more decimals, -0.0, NaN, infinities, overflow) it is stored as raw bits and
 * flagged in the page's raw bitmap, which the official reader honours. A page whose values are
 * all exactly scalable comes out byte-identical to the official writer's.
 */
public final class ScaledFloatEncoder implements FloatEncoder {
    private final IntEncoder inner;
    private final int precision;
    private final double scale;
    private int[] stored = new int[0];
    private boolean[] raw = new boolean[0];

    public ScaledFloatEncoder(IntEncoder inner, int precision) {
        this.inner = inner;
        this.precision = precision;
        this.scale = ScaledPageHeader.scale(precision);
    }

    @Override
    public void encode(float[] values, int offset, int count, ByteSink out) {
        if (count == 0) {
            return;
        }
        if (stored.length < count) {
            stored = new int[count];
            raw = new boolean[count];
        }
        boolean anyRaw = false;
        for (int i = 0; i < count; i++) {
            float v = values[offset + i];
            double scaled = v * scale;
            boolean exact = false;
            if (scaled <= Integer.MAX_VALUE && scaled >= Integer.MIN_VALUE) {
                int s = (int) Math.round(scaled);
                if (Float.floatToRawIntBits((float) (s / scale)) == Float.floatToRawIntBits(v)) {
                    stored[i] = s;
                    exact = true;
                }
            }
            if (!exact) {
                stored[i] = Float.floatToRawIntBits(v);
                anyRaw = true;
            }
            raw[i] = !exact;
        }
        ScaledPageHeader.write(out, precision, raw, count, anyRaw);
        inner.encode(stored, 0, count, out);
    }
}
