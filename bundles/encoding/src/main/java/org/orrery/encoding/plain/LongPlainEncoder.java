package org.orrery.encoding.plain;

import org.orrery.codec.api.ByteSink;
import org.orrery.codec.api.LongEncoder;

/** PLAIN INT64: 8 bytes big-endian per value. */
final class LongPlainEncoder implements LongEncoder {
    @Override
    public void encode(long[] values, int offset, int count, ByteSink out) {
        out.ensureCapacity(8 * count);
        for (int i = offset; i < offset + count; i++) {
            out.writeLong(values[i]);
        }
    }
}
