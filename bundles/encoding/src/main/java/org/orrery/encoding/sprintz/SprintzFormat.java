package org.orrery.encoding.sprintz;

import java.nio.ByteBuffer;
import org.orrery.codec.api.ByteSink;
import org.orrery.codec.api.CodecException;
import org.orrery.encoding.bits.Packing;

/**
 * Page layout of SPRINTZ: a sequence of blocks, each starting with one byte.
 * <ul>
 *   <li>byte &lt; 0x80 = bit width: an anchor (INT32: uvarint; INT64: 8 bytes; FLOAT/DOUBLE: the
 *       raw IEEE bits, 4/8 bytes big-endian) and 8 mapped residuals packed MSB-first in
 *       {@code width} bytes;</li>
 *   <li>byte {@code 0x80 | n}: n values stored by a fallback codec (INT32/INT64: RLE;
 *       FLOAT/DOUBLE: GORILLA). The official writer uses this only for the page's last
 *       {@code n < 9} values, but its reader accepts it anywhere with {@code n <= 9}.</li>
 * </ul>
 * Orrery writes a whole block of 9 in the fallback form whenever the official reader would
 * rebuild any of its values wrongly, which keeps every value while every page stays readable by
 * the official reader; blocks it can read are written byte for byte as the official writer does.
 */
final class SprintzFormat {
    /** Values per regular block: the anchor and the 8 predicted ones. */
    static final int BLOCK = 9;
    static final int FALLBACK_FLAG = 0x80;

    private SprintzFormat() {
    }

    static void writePacked32(ByteSink out, int[] residuals, int width) {
        int start = out.size();
        for (int i = 0; i < width; i++) {
            out.write(0);
        }
        byte[] buf = out.array();
        for (int i = 0; i < SprintzBlock32.VALUES; i++) {
            Packing.put(buf, 8L * start + (long) i * width, width, residuals[i] & 0xFFFFFFFFL);
        }
    }

    static void writePacked64(ByteSink out, long[] residuals, int width) {
        int start = out.size();
        for (int i = 0; i < width; i++) {
            out.write(0);
        }
        byte[] buf = out.array();
        for (int i = 0; i < SprintzBlock64.VALUES; i++) {
            Packing.put(buf, 8L * start + (long) i * width, width, residuals[i]);
        }
    }

    static void readPacked32(ByteBuffer in, int width, byte[] scratch, int[] residuals) {
        in.get(scratch, 0, width);
        for (int i = 0; i < SprintzBlock32.VALUES; i++) {
            residuals[i] = (int) Packing.get(scratch, 0, (long) i * width, width);
        }
    }

    static void readPacked64(ByteBuffer in, int width, byte[] scratch, long[] residuals) {
        in.get(scratch, 0, width);
        for (int i = 0; i < SprintzBlock64.VALUES; i++) {
            residuals[i] = Packing.get(scratch, 0, (long) i * width, width);
        }
    }

    /** Reads a block's first byte; returns the width (1..max) or {@code -n} for a fallback of n values. */
    static int header(ByteBuffer in, int maxWidth, String codec) {
        int b = in.get() & 0xFF;
        if ((b & FALLBACK_FLAG) != 0) {
            return -(b & ~FALLBACK_FLAG);
        }
        if (b < 1 || b > maxWidth) {
            throw new CodecException(codec + " block at byte " + (in.position() - 1) + " has bit width " + b);
        }
        return b;
    }
}
