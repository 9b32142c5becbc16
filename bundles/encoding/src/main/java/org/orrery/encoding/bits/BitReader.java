package org.orrery.encoding.bits;

import java.nio.ByteBuffer;

/** Reads bits most-significant first from a {@link ByteBuffer}, fetching a byte when needed. */
public final class BitReader {
    private final ByteBuffer in;
    private int current;
    /** Bits of {@link #current} not yet read, 0..8. */
    private int left;

    public BitReader(ByteBuffer in) {
        this.in = in;
    }

    public boolean readBit() {
        if (left == 0) {
            current = in.get() & 0xFF;
            left = 8;
        }
        left--;
        return ((current >>> left) & 1) != 0;
    }

    /** Reads {@code count} bits (0..64) as an unsigned number. */
    public long readBits(int count) {
        long value = 0;
        while (count > 0) {
            if (left == 0) {
                current = in.get() & 0xFF;
                left = 8;
            }
            int take = Math.min(count, left);
            int shifted = (current >>> (left - take)) & ((1 << take) - 1);
            value = (value << take) | shifted;
            left -= take;
            count -= take;
        }
        return value;
    }

    /** True when no unread bit is left in the current byte and the buffer is exhausted. */
    public boolean exhausted() {
        return left == 0 && !in.hasRemaining();
    }

    /** Bits still unread in the current byte. */
    public int bitsLeftInByte() {
        return left;
    }

    /** Drops the unread bits of the current byte. */
    public void skipToByte() {
        left = 0;
    }
}
