package org.orrery.encoding.zigzag;

import org.orrery.codec.api.ByteSink;
import org.orrery.codec.api.IntEncoder;
import org.orrery.encoding.bits.VarInts;

/**
 * ZIGZAG INT32 ({@code IntZigzagEncoder}): per page, uvarint byte length of the payload, uvarint
 * value count, then every value zig-zag mapped ({@code (v << 1) ^ (v >> 31)}) as a uvarint.
 * Small magnitudes of either sign take one byte.
 */
final class IntZigzagEncoder implements IntEncoder {
    private final ByteSink payload = new ByteSink(1024);

    @Override
    public void encode(int[] values, int offset, int count, ByteSink out) {
        if (count == 0) {
            return;
        }
        payload.reset();
        for (int i = offset; i < offset + count; i++) {
            VarInts.writeZigZag(payload, values[i]);
        }
        VarInts.writeUnsigned(out, payload.size());
        VarInts.writeUnsigned(out, count);
        payload.writeTo(out);
    }
}
