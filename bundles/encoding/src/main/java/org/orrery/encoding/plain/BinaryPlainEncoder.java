package org.orrery.encoding.plain;

import org.orrery.codec.api.ByteSink;
import org.orrery.codec.api.BinaryEncoder;
import org.orrery.encoding.bits.VarInts;

/** PLAIN TEXT/STRING/BLOB: zig-zag varint byte length, then the bytes. */
final class BinaryPlainEncoder implements BinaryEncoder {
    @Override
    public void encode(byte[][] values, int offset, int count, ByteSink out) {
        for (int i = offset; i < offset + count; i++) {
            byte[] v = values[i];
            VarInts.writeZigZag(out, v.length);
            out.write(v, 0, v.length);
        }
    }
}
