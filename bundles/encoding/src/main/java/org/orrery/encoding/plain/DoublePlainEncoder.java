package org.orrery.encoding.plain;

import org.orrery.codec.api.ByteSink;
import org.orrery.codec.api.DoubleEncoder;

/**
 * PLAIN DOUBLE: the IEEE bits, 8 bytes big-endian. Raw bits (NaN payloads kept) where the
 * official writer canonicalises NaN; see {@link FloatPlainEncoder}.
 */
final class DoublePlainEncoder implements DoubleEncoder {
    @Override
    public void encode(double[] values, int offset, int count, ByteSink out) {
        out.ensureCapacity(8 * count);
        for (int i = offset; i < offset + count; i++) {
            out.writeLong(Double.doubleToRawLongBits(values[i]));
        }
    }
}
