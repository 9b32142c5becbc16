package org.orrery.encoding.rle;

import java.nio.ByteBuffer;
import org.orrery.codec.api.IntDecoder;

/** Reads {@link IntRleEncoder}'s pages. */
public final class IntRleDecoder implements IntDecoder {
    private final RleHybridReader reader;
    private long[] scratch = new long[0];

    public IntRleDecoder() {
        this("RLE INT32");
    }

    IntRleDecoder(String codec) {
        reader = new RleHybridReader(codec, false);
    }

    @Override
    public void decode(ByteBuffer in, int[] out, int offset, int count) {
        if (scratch.length < count) {
            scratch = new long[count];
        }
        reader.read(in, scratch, 0, count);
        for (int i = 0; i < count; i++) {
            out[offset + i] = (int) scratch[i];
        }
    }

    @Override
    public int[] decodeAll(ByteBuffer in) {
        long[] all = reader.readAll(in);
        int[] out = new int[all.length];
        for (int i = 0; i < all.length; i++) {
            out[i] = (int) all[i];
        }
        return out;
    }
}
