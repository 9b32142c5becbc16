package org.orrery.encoding.scaled;

import java.nio.ByteBuffer;
import org.orrery.codec.api.ByteSink;
import org.orrery.codec.api.CodecException;
import org.orrery.codec.api.CodecOptions;
import org.orrery.encoding.bits.VarInts;

/**
 * The page prefix of TsFile's FLOAT/DOUBLE wrapper for RLE and TS_2DIFF ({@code FloatEncoder}):
 *
 * <pre>
 * [ uvarint 0x7FFFFFFE, uvarint count, scaled bitmap, raw bitmap ]   only if some value is raw
 * uvarint p                                                          decimal digits kept
 * inner INT32 (FLOAT) / INT64 (DOUBLE) stream of the stored integers
 * </pre>
 *
 * A value is stored either scaled ({@code round(v * 10^p)}, read back as {@code stored / 10^p})
 * or, when its bit in the raw bitmap is set, as its raw IEEE bits. Each bitmap has
 * {@code count / 8 + 1} bytes, bit i of the page at bit {@code i % 8} (LSB first) of byte
 * {@code i / 8}. The official writer also has a third form (marker 0x7FFFFFFF: values neither
 * scaled nor raw hold {@code Math.round(v)}); Orrery reads it but never writes it, because it
 * loses the fraction.
 */
public final class ScaledPageHeader {
    /** Marker: only the "scaled" bitmap follows (official writer, rounded values present). */
    static final int ONLY_SCALED_BITMAP = Integer.MAX_VALUE;
    /** Marker: both bitmaps follow (some values are raw IEEE bits). */
    static final int BOTH_BITMAPS = Integer.MAX_VALUE - 1;
    /** Largest precision accepted; 10^p must stay finite and meaningful for doubles. */
    static final int MAX_PRECISION = 30;

    private ScaledPageHeader() {
    }

    /** The precision option of {@code options}, validated. */
    public static int precision(CodecOptions options) {
        int p = options.getInt(CodecOptions.FLOAT_PRECISION, CodecOptions.DEFAULT_FLOAT_PRECISION);
        if (p < 0 || p > MAX_PRECISION) {
            throw new IllegalArgumentException(CodecOptions.FLOAT_PRECISION + " must be within 0.."
                    + MAX_PRECISION + ", got " + p);
        }
        return p;
    }

    /** 10^p as the official reader computes it. */
    static double scale(int p) {
        return p <= 0 ? 1 : Math.pow(10, p);
    }

    static void write(ByteSink out, int precision, boolean[] raw, int count, boolean anyRaw) {
        if (anyRaw) {
            VarInts.writeUnsigned(out, BOTH_BITMAPS);
            VarInts.writeUnsigned(out, count);
            int bytes = count / 8 + 1;
            int start = out.size();
            for (int i = 0; i < 2 * bytes; i++) {
                out.write(0);
            }
            byte[] buf = out.array();
            for (int i = 0; i < count; i++) {
                int bit = 1 << (i & 7);
                if (raw[i]) {
                    buf[start + bytes + (i >>> 3)] |= (byte) bit;
                } else {
                    buf[start + (i >>> 3)] |= (byte) bit;
                }
            }
        }
        VarInts.writeUnsigned(out, precision);
    }

    /** What a page's prefix says about its values. */
    static final class Parsed {
        final double scale;
        /** Null when every value is scaled. */
        final byte[] scaledBits;
        /** Null when no value is raw. */
        final byte[] rawBits;

        Parsed(double scale, byte[] scaledBits, byte[] rawBits) {
            this.scale = scale;
            this.scaledBits = scaledBits;
            this.rawBits = rawBits;
        }

        boolean isRaw(int i) {
            return rawBits != null && (i >>> 3) < rawBits.length && (rawBits[i >>> 3] & (1 << (i & 7))) != 0;
        }

        /** The divisor of value i: 10^p if scaled, 1 for the official writer's rounded values. */
        double divisor(int i) {
            if (scaledBits == null) {
                return scale;
            }
            return (i >>> 3) < scaledBits.length && (scaledBits[i >>> 3] & (1 << (i & 7))) != 0 ? scale : 1;
        }
    }

    static Parsed read(ByteBuffer in, String codec) {
        int first = VarInts.readUnsigned(in);
        if (first != ONLY_SCALED_BITMAP && first != BOTH_BITMAPS) {
            return new Parsed(scale(first), null, null);
        }
        int count = VarInts.readUnsigned(in);
        if (count < 0 || count / 8 + 1 > in.remaining()) {
            throw new CodecException(codec + " page header claims " + count + " values, more than the "
                    + in.remaining() + " bytes left");
        }
        byte[] scaled = new byte[count / 8 + 1];
        in.get(scaled);
        byte[] raw = null;
        if (first == BOTH_BITMAPS) {
            raw = new byte[count / 8 + 1];
            in.get(raw);
        }
        int p = VarInts.readUnsigned(in);
        return new Parsed(Math.pow(10, p), scaled, raw);
    }
}
