package org.orrery.encoding.ts2diff;

import java.nio.BufferUnderflowException;
import java.nio.ByteBuffer;
import org.orrery.codec.api.CodecException;
import org.orrery.codec.api.IntDecoder;
import org.orrery.encoding.bits.IntArrayBuilder;
import org.orrery.encoding.bits.Packing;
import org.orrery.encoding.bits.Truncation;

/** Reads {@link IntTs2DiffEncoder}'s blocks until the count is reached or the bytes end. */
public final class IntTs2DiffDecoder implements IntDecoder {
    /**
     * Largest delta count accepted in one block. Writers use 128; the cap keeps a corrupt count
     * (with width 0 it costs no bytes) from allocating gigabytes.
     */
    static final int MAX_BLOCK_DELTAS = 1 << 16;

    private final String codec;
    private byte[] packed = new byte[IntTs2DiffEncoder.BLOCK_DELTAS * Integer.BYTES];
    private int[] block = new int[IntTs2DiffEncoder.BLOCK_DELTAS + 1];

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
                System.arraycopy(block, 0, out, offset + filled, take);
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
                for (int i = 0; i < n; i++) {
                    values.add(block[i]);
                }
            }
        } catch (BufferUnderflowException e) {
            throw Truncation.of(codec, in, e);
        }
        return values.toArray();
    }

    /** Decodes one block into {@link #block}; returns its value count (deltas + 1). */
    private int readBlock(ByteBuffer in) {
        int n = in.getInt();
        int width = in.getInt();
        if (n < 0 || n > MAX_BLOCK_DELTAS || width < 0 || width > 32) {
            throw new CodecException(codec + " block at byte " + (in.position() - 8) + " has delta count " + n
                    + " and bit width " + width);
        }
        int minDelta = in.getInt();
        int previous = in.getInt();
        int bytes = (int) (((long) n * width + 7) / 8);
        if (bytes > in.remaining()) {
            throw new BufferUnderflowException();
        }
        if (packed.length < bytes) {
            packed = new byte[bytes];
        }
        if (block.length < n + 1) {
            block = new int[n + 1];
        }
        in.get(packed, 0, bytes);
        block[0] = previous;
        for (int j = 0; j < n; j++) {
            previous += minDelta + (int) Packing.get(packed, 0, (long) j * width, width);
            block[j + 1] = previous;
        }
        return n + 1;
    }
}
