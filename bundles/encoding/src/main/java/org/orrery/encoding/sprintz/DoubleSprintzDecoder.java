package org.orrery.encoding.sprintz;

import java.nio.BufferUnderflowException;
import java.nio.ByteBuffer;
import java.util.Arrays;
import org.orrery.codec.api.DoubleDecoder;
import org.orrery.encoding.bits.Truncation;
import org.orrery.encoding.gorilla.DoubleGorillaDecoder;

/**
 * Reads SPRINTZ DOUBLE pages from Orrery or the official writer, with the official reader's
 * arithmetic (so even its lossy pages read back as the official reader reads them).
 */
final class DoubleSprintzDecoder implements DoubleDecoder {
    private static final String CODEC = "SPRINTZ DOUBLE";
    private final DoubleGorillaDecoder fallback = new DoubleGorillaDecoder();
    private final long[] residuals = new long[8];
    private final long[] rebuilt = new long[8];
    private final byte[] packed = new byte[64];
    private double[] block = new double[SprintzFormat.BLOCK];

    @Override
    public void decode(ByteBuffer in, double[] out, int offset, int count) {
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
    public double[] decodeAll(ByteBuffer in) {
        double[] out = new double[64];
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
        int header = SprintzFormat.header(in, 64, CODEC);
        if (header <= 0) {
            int n = -header;
            if (block.length < n) {
                block = new double[n];
            }
            fallback.decode(in, block, 0, n);
            return n;
        }
        long anchor = in.getLong();
        SprintzFormat.readPacked64(in, header, packed, residuals);
        SprintzBlock64.unpack(Double.doubleToLongBits(Double.longBitsToDouble(anchor)), residuals, rebuilt);
        block[0] = Double.longBitsToDouble(anchor);
        for (int i = 0; i < 8; i++) {
            block[i + 1] = Double.longBitsToDouble(rebuilt[i]);
        }
        return SprintzFormat.BLOCK;
    }
}
