package org.orrery.encoding.rle;

import java.nio.ByteBuffer;
import org.orrery.codec.api.BooleanDecoder;

/** Reads {@link BooleanRleEncoder}'s pages; like the official reader, any non-zero value is true. */
final class BooleanRleDecoder implements BooleanDecoder {
    private final RleHybridReader reader = new RleHybridReader("RLE BOOLEAN", false);
    private long[] scratch = new long[0];

    @Override
    public void decode(ByteBuffer in, boolean[] out, int offset, int count) {
        if (scratch.length < count) {
            scratch = new long[count];
        }
        reader.read(in, scratch, 0, count);
        for (int i = 0; i < count; i++) {
            out[offset + i] = scratch[i] != 0;
        }
    }

    @Override
    public boolean[] decodeAll(ByteBuffer in) {
        long[] all = reader.readAll(in);
        boolean[] out = new boolean[all.length];
        for (int i = 0; i < all.length; i++) {
            out[i] = all[i] != 0;
        }
        return out;
    }
}
