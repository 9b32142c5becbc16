package org.orrery.encoding.ts2diff;

import java.nio.BufferUnderflowException;
import java.nio.ByteBuffer;
import org.orrery.codec.api.CodecException;
import org.orrery.codec.api.IntDecoder;
import org.orrery.encoding.bits.IntArrayBuilder;
import org.orrery.encoding.bits.Packing;
import org.orrery.encoding.bits.Truncation;

/**
 * Reads {@link IntTs2DiffEncoder}'s blocks until the count is reached or the bytes end. As in
 * {@link LongTs2DiffDecoder}, blocks are unpacked straight into the destination, so the only
 * buffer sized from the stream is the packed bits, checked against the bytes left first.
 */
public final class IntTs2DiffDecoder implements IntDecoder {
    /**
     * Largest delta count accepted in one block. Writers use 128; a larger count is tolerated
     * for other writers, but with width 0 a block of this many deltas costs only its 16-byte
     * header, so the cap bounds how far one header can expand.
     */
    static final int MAX_BLOCK_DELTAS = 1 << 16;

    private final String codec;
    private byte[] packed = new byte[IntTs2DiffEncoder.BLOCK_DELTAS * Integer.BYTES];
    /** The header of the block last read by {@link #readBlock}. */
    private int width;
    private int minDelta;
    private int first;

    public IntTs2DiffDecoder() {
        this("TS_2DIFF INT32");
    }

    public IntTs2DiffDecoder(String codec) {
        this.codec = codec;
    }

    @Override
    public void decode(ByteBuffer in, int[] out, int offset, int count) {
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
    public int[] decodeAll(ByteBuffer in) {
        IntArrayBuilder values = new IntArrayBuilder();
        try {
            while (in.hasRemaining()) {
                int n = readBlock(in);
                int[] into = values.extend(n);
                unpack(into, values.size() - n, n);
            }
        } catch (BufferUnderflowException e) {
            throw Truncation.of(codec, in, e);
        }
        return values.toArray();
    }

    /** Reads one block's header and packed deltas; returns its value count (deltas + 1). */
    private int readBlock(ByteBuffer in) {
        int n = in.getInt();
        int w = in.getInt();
        if (n < 0 || n > MAX_BLOCK_DELTAS || w < 0 || w > 32) {
            throw new CodecException(codec + " block at byte " + (in.position() - 8) + " has delta count " + n
                    + " and bit width " + w);
        }
        minDelta = in.getInt();
        first = in.getInt();
        int bytes = (int) (((long) n * w + 7) / 8);
        if (bytes > in.remaining()) {
            throw new CodecException(codec + " block at byte " + (in.position() - 16) + " packs " + n
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
    private void unpack(int[] out, int at, int take) {
        if (take <= 0) {
            return;
        }
        int v = first;
        out[at] = v;
        for (int j = 1; j < take; j++) {
            v += minDelta + (int) Packing.get(packed, 0, (long) (j - 1) * width, width);
            out[at + j] = v;
        }
    }
}
