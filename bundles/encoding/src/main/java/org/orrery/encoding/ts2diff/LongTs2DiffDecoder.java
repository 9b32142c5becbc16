package org.orrery.encoding.ts2diff;

import java.nio.BufferUnderflowException;
import java.nio.ByteBuffer;
import org.orrery.codec.api.CodecException;
import org.orrery.codec.api.LongDecoder;
import org.orrery.encoding.bits.LongArrayBuilder;
import org.orrery.encoding.bits.Packing;
import org.orrery.encoding.bits.Truncation;

/** Reads {@link LongTs2DiffEncoder}'s blocks until the count is reached or the bytes end. */
public final class LongTs2DiffDecoder implements LongDecoder {
    private final String codec;
    private byte[] packed = new byte[IntTs2DiffEncoder.BLOCK_DELTAS * Long.BYTES];
    private long[] block = new long[IntTs2DiffEncoder.BLOCK_DELTAS + 1];

    public LongTs2DiffDecoder() {
        this("TS_2DIFF INT64");
    }

    public LongTs2DiffDecoder(String codec) {
        this.codec = codec;
    }

    @Override
    public void decode(ByteBuffer in, long[] out, int offset, int count) {
        int filled = 0;
        try {
            while (filled < count) {
                if (!in.hasRemaining()) {
                    throw Truncation.tooFew(codec, count, filled);
                }
                int n = readBlock(in);
                int take = Math.min(n, count - filled);
                System.arraycopy(block, 0, out, offset + filled, take);
                filled += take;
            }
        } catch (BufferUnderflowException e) {
            throw Truncation.of(codec, in, e);
        }
    }

    @Override
    public long[] decodeAll(ByteBuffer in) {
        LongArrayBuilder values = new LongArrayBuilder();
        try {
            while (in.hasRemaining()) {
                int n = readBlock(in);
                for (int i = 0; i < n; i++) {
                    values.add(block[i]);
                }
            }
        } catch (BufferUnderflowException e) {
            throw Truncation.of(codec, in, e);
        }
        return values.toArray();
    }

    private int readBlock(ByteBuffer in) {
        int n = in.getInt();
        int width = in.getInt();
        if (n < 0 || n > IntTs2DiffDecoder.MAX_BLOCK_DELTAS || width < 0 || width > 64) {
            throw new CodecException(codec + " block at byte " + (in.position() - 8) + " has delta count " + n
                    + " and bit width " + width);
        }
        long minDelta = in.getLong();
        long previous = in.getLong();
        int bytes = (int) (((long) n * width + 7) / 8);
        if (bytes > in.remaining()) {
            throw new BufferUnderflowException();
        }
        if (packed.length < bytes) {
            packed = new byte[bytes];
        }
        if (block.length < n + 1) {
            block = new long[n + 1];
        }
        in.get(packed, 0, bytes);
        block[0] = previous;
        for (int j = 0; j < n; j++) {
            previous += minDelta + Packing.get(packed, 0, (long) j * width, width);
            block[j + 1] = previous;
        }
        return n + 1;
    }
}
