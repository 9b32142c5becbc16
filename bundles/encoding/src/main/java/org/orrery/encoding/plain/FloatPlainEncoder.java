package org.orrery.encoding.plain;

import org.orrery.codec.api.ByteSink;
import org.orrery.codec.api.FloatEncoder;

/**
 * PLAIN FLOAT: the IEEE bits, 4 bytes big-endian. The official writer canonicalises NaN
 * ({@code floatToIntBits}); we keep the raw bits so NaN payloads survive. Both read back through
 * the official decoder ({@code intBitsToFloat}), and for every value except non-canonical NaNs the
 * bytes are identical.
 */
final class FloatPlainEncoder implements FloatEncoder {
    @Override
    public void encode(float[] values, int offset, int count, ByteSink out) {
        out.ensureCapacity(4 * count);
        for (int i = offset; i < offset + count; i++) {
            out.writeInt(Float.floatToRawIntBits(values[i]));
        }
    }
}
