package org.orrery.encoding.sprintz;

import java.nio.BufferUnderflowException;
import java.nio.ByteBuffer;
import java.util.Arrays;
import org.orrery.codec.api.FloatDecoder;
import org.orrery.encoding.bits.Truncation;
import org.orrery.encoding.gorilla.FloatGorillaDecoder;

/**
 * Reads SPRINTZ FLOAT pages from Orrery or the official writer, with the official reader's
 * arithmetic (so even its lossy pages read back as the official reader reads them).
 */
final class FloatSprintzDecoder implements FloatDecoder {
    private static final String CODEC = "SPRINTZ FLOAT";
    private final FloatGorillaDecoder fallback = new FloatGorillaDecoder();
    private final int[] residuals = new int[8];
    private final int[] rebuilt = new int[8];
    private final byte[] packed = new byte[32];
    private float[] block = new float[SprintzFormat.BLOCK];

    @Override
    public void decode(ByteBuffer in, float[] out, int offset, int count) {
        int filled = 0;
        try {
            while (filled < count) {
                if (!in.hasRemaining()) {
                    throw Truncation.tooFew(CODEC, count, filled);
                }
                int n = readBlock(in);
                int take = Math.min(n, count - filled);
                System.arraycopy(block, 0, out, offset + filled, take);
                filled += take;
            }
        } catch (BufferUnderflowException e) {
            throw Truncation.of(CODEC, in, e);
        }
    }

    @Override
    public float[] decodeAll(ByteBuffer in) {
        float[] out = new float[64];
        int size = 0;
        try {
            while (in.hasRemaining()) {
                int n = readBlock(in);
                if (size + n > out.length) {
                    out = Arrays.copyOf(out, Math.max(2 * out.length, size + n));
                }
                System.arraycopy(block, 0, out, size, n);
                size += n;
            }
        } catch (BufferUnderflowException e) {
            throw Truncation.of(CODEC, in, e);
        }
        return Arrays.copyOf(out, size);
    }

    /** Decodes one block into {@link #block}; returns its value count. */
    private int readBlock(ByteBuffer in) {
        int header = SprintzFormat.header(in, 32, CODEC);
        if (header <= 0) {
            int n = -header;
            if (block.length < n) {
                block = new float[n];
            }
            fallback.decode(in, block, 0, n);
            return n;
        }
        int anchor = in.getInt();
        SprintzFormat.readPacked32(in, header, packed, residuals);
        SprintzBlock32.unpack(Float.floatToIntBits(Float.intBitsToFloat(anchor)), residuals, rebuilt);
        block[0] = Float.intBitsToFloat(anchor);
        for (int i = 0; i < 8; i++) {
            block[i + 1] = Float.intBitsToFloat(rebuilt[i]);
        }
        return SprintzFormat.BLOCK;
    }
}
