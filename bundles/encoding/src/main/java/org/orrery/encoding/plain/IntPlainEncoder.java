package org.orrery.encoding.plain;

import org.orrery.codec.api.ByteSink;
import org.orrery.codec.api.IntEncoder;
import org.orrery.encoding.bits.VarInts;

/** PLAIN INT32: each value as a zig-zag varint (not 4 fixed bytes, unlike INT64). */
final class IntPlainEncoder implements IntEncoder {
    @Override
    public void encode(int[] values, int offset, int count, ByteSink out) {
        for (int i = offset; i < offset + count; i++) {
            VarInts.writeZigZag(out, values[i]);
        }
    }
}
