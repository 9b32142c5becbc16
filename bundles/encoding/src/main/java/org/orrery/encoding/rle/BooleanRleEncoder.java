package org.orrery.encoding.rle;

import org.orrery.codec.api.BooleanEncoder;
import org.orrery.codec.api.ByteSink;

/** RLE BOOLEAN: the INT32 form of the hybrid over 1/0 with bit width 1 (TsFile's default for BOOLEAN). */
final class BooleanRleEncoder implements BooleanEncoder {
    private final RleHybridWriter writer = new RleHybridWriter(false);
    private long[] scratch = new long[0];

    @Override
    public void encode(boolean[] values, int offset, int count, ByteSink out) {
        if (count == 0) {
            return;
        }
        if (scratch.length < count) {
            scratch = new long[count];
        }
        for (int i = 0; i < count; i++) {
            scratch[i] = values[offset + i] ? 1 : 0;
        }
        writer.writePage(scratch, count, 1, out);
    }
}
