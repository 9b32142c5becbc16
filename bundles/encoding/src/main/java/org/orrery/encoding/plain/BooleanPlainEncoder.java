package org.orrery.encoding.plain;

import org.orrery.codec.api.BooleanEncoder;
import org.orrery.codec.api.ByteSink;

/** PLAIN BOOLEAN: one byte per value, 1 or 0. */
final class BooleanPlainEncoder implements BooleanEncoder {
    @Override
    public void encode(boolean[] values, int offset, int count, ByteSink out) {
        out.ensureCapacity(count);
        for (int i = offset; i < offset + count; i++) {
            out.write(values[i] ? 1 : 0);
        }
    }
}
