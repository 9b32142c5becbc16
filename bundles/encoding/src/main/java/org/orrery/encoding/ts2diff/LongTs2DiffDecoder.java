package org.orrery.encoding.ts2diff;

import java.nio.BufferUnderflowException;
import java.nio.ByteBuffer;
import org.orrery.codec.api.CodecException;
import org.orrery.codec.api.LongDecoder;
import org.orrery.encoding.bits.LongArrayBuilder;
import org.orrery.encoding.bits.Packing;
import org.orrery.encoding.bits.Truncation;

/**
 * Reads {@link LongTs2DiffEncoder}'s blocks until the count is reached or the bytes end. A block
 * is unpacked straight into the caller's array (or the result of {@link #decodeAll}), so the only
 * buffer sized from the stream is the packed bits, and those are checked against the bytes left
 * before anything is allocated: a corrupt delta count cannot make this decoder allocate more than
 * the input it was given, plus what the caller asked for.
 */
public final class LongTs2DiffDecoder implements LongDecoder {
    private final String codec;
    private byte[] packed = new byte[IntTs2DiffEncoder.BLOCK_DELTAS * Long.BYTES];
    /** The header of the block last read by {@link #readBlock}. */
    private int width;
    private long minDelta;
    private long first;

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
                unpack(out, offset + filled, take);
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
                long[] into = values.extend(n);
                unpack(into, values.size() - n, n);
            }
        } catch (BufferUnderflowException e) {
            throw Truncation.of(codec, in, e);
        }
        return values.toArray();
    }

    /**
     * Reads one block's header and packed deltas into {@link #packed}; returns its value count
     * (deltas + 1).
     */
    private int readBlock(ByteBuffer in) {
        int n = in.getInt();
        int w = in.getInt();
        if (n < 0 || n > IntTs2DiffDecoder.MAX_BLOCK_DELTAS || w < 0 || w > 64) {
            throw new CodecException(codec + " block at byte " + (in.position() - 8) + " has delta count " + n
                    + " and bit width " + w);
        }
        minDelta = in.getLong();
        first = in.getLong();
        int bytes = (int) (((long) n * w + 7) / 8);
        if (bytes > in.remaining()) {
            throw new CodecException(codec + " block at byte " + (in.position() - 24) + " packs " + n
                    + " deltas of " + w + " bits in " + bytes + " bytes but only " + in.remaining() + " remain");
        }
        if (packed.length < bytes) {
            packed = new byte[bytes];
        }
        in.get(packed, 0, bytes);
        width = w;
        return n + 1;
    }

    /** Writes the first {@code take} values of the block last read to {@code out[at ..]}. */
    private void unpack(long[] out, int at, int take) {
        if (take <= 0) {
            return;
        }
        long v = first;
        out[at] = v;
        for (int j = 1; j < take; j++) {
            v += minDelta + Packing.get(packed, 0, (long) (j - 1) * width, width);
            out[at + j] = v;
        }
    }
}
