package org.orrery.encoding.zigzag;

import org.orrery.codec.api.ByteSink;
import org.orrery.codec.api.LongEncoder;
import org.orrery.encoding.bits.VarInts;

/** ZIGZAG INT64: as {@link IntZigzagEncoder} with 64-bit zig-zag ({@code (v << 1) ^ (v >> 63)}). */
final class LongZigzagEncoder implements LongEncoder {
    private final ByteSink payload = new ByteSink(1024);

    @Override
    public void encode(long[] values, int offset, int count, ByteSink out) {
        if (count == 0) {
            return;
        }
        payload.reset();
        for (int i = offset; i < offset + count; i++) {
            long v = values[i];
            VarInts.writeUnsigned64(payload, (v << 1) ^ (v >> 63));
        }
        VarInts.writeUnsigned(out, payload.size());
        VarInts.writeUnsigned(out, count);
        payload.writeTo(out);
    }
}
