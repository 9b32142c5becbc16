package org.orrery.encoding.bits;

import org.orrery.codec.api.ByteSink;

/**
 * Appends bits most-significant first (the bit order of every TsFile bit stream) to a
 * {@link ByteSink}, one byte at a time.
 */
public final class BitWriter {
    private final ByteSink out;
    private int pending;
    /** Bits already used in {@link #pending}, 0..7. */
    private int used;

    public BitWriter(ByteSink out) {
        this.out = out;
    }

    public void writeBit(boolean one) {
        if (one) {
            pending |= 0x80 >>> used;
        }
        if (++used == 8) {
            out.write(pending);
            pending = 0;
            used = 0;
        }
    }

    /** Writes the low {@code count} bits of {@code value} (0..64), highest of them first. */
    public void writeBits(long value, int count) {
        while (count > 0) {
            int free = 8 - used;
            if (count >= free) {
                pending |= (int) (value >>> (count - free)) & (0xFF >>> used);
                count -= free;
                out.write(pending);
                pending = 0;
                used = 0;
            } else {
                pending |= ((int) value & ((1 << count) - 1)) << (free - count);
                used += count;
                count = 0;
            }
        }
    }

    /** True if no bits are waiting for their byte to be completed. */
    public boolean isAligned() {
        return used == 0;
    }

    /** Writes the partial byte, zero-padded, if there is one. */
    public void padToByte() {
        if (used > 0) {
            out.write(pending);
            pending = 0;
            used = 0;
        }
    }

    /**
     * Writes the current byte even if no bit of it is used (then a zero byte). GORILLA pages end
     * this way: the official encoder always emits that byte and its decoder expects it.
     */
    public void flushByte() {
        out.write(pending);
        pending = 0;
        used = 0;
    }
}
