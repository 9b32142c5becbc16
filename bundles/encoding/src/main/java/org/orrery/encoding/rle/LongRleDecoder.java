package org.orrery.encoding.rle;

import java.nio.ByteBuffer;
import org.orrery.codec.api.LongDecoder;

/** Reads {@link LongRleEncoder}'s pages. */
public final class LongRleDecoder implements LongDecoder {
    private final RleHybridReader reader = new RleHybridReader("RLE INT64", true);

    @Override
    public void decode(ByteBuffer in, long[] out, int offset, int count) {
        reader.read(in, out, offset, count);
    }

    @Override
    public long[] decodeAll(ByteBuffer in) {
        return reader.readAll(in);
    }
}
