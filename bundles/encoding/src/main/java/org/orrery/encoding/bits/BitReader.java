package org.orrery.encoding.bits;

import java.nio.BufferUnderflowException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;

/**
 * Reads bits most-significant first from a {@link ByteBuffer}.
 *
 * <p>Decoding speed depends on this class (GORILLA, CHIMP and GORILLA_V1 read every value
 * through it), so it reads ahead: a 64-bit window is refilled eight bytes at a time and
 * {@link #readBits} is a shift and a mask while the window holds enough bits. The price is that
 * the buffer's position runs up to eight bytes ahead of the bits read; a caller that goes back to
 * reading the buffer directly must first call {@link #release()}, which returns the unread whole
 * bytes to it. A read past the buffer's limit throws {@link BufferUnderflowException} with the
 * position at the limit, as a byte-at-a-time reader would.
 */
public final class BitReader {
    private final ByteBuffer in;
    private final boolean littleEndian;
    /**
     * Unread bits, left-aligned: the next bit is bit 63. Bits below the {@link #buffered} ones are
     * meaningless (never extracted).
     */
    private long window;
    /** Unread bits in {@link #window}, 0..64; always whole bytes plus the rest of a started one. */
    private int buffered;

    public BitReader(ByteBuffer in) {
        this.in = in;
        this.littleEndian = in.order() == ByteOrder.LITTLE_ENDIAN;
    }

    public boolean readBit() {
        if (buffered == 0) {
            refill();
        }
        boolean one = window < 0;
        window <<= 1;
        buffered--;
        return one;
    }

    /** Reads {@code count} bits (0..64) as an unsigned number. */
    public long readBits(int count) {
        if (count == 0) {
            return 0;
        }
        if (count <= buffered) {
            long value = window >>> (64 - count);
            // Two shifts, because Java masks a shift distance of 64 to 0.
            window = (window << (count - 1)) << 1;
            buffered -= count;
            return value;
        }
        return readAcrossRefill(count);
    }

    /** The window holds fewer than {@code count} bits: takes them all, refills, takes the rest. */
    private long readAcrossRefill(int count) {
        int high = buffered;
        long value = high == 0 ? 0 : window >>> (64 - high);
        buffered = 0;
        refill();
        int low = count - high;
        if (low > buffered) {
            // refill() loaded the last bytes of the buffer and they are not enough.
            buffered = 0;
            throw new BufferUnderflowException();
        }
        long lowBits = window >>> (64 - low);
        window = (window << (low - 1)) << 1;
        buffered -= low;
        return high == 0 ? lowBits : (value << low) | lowBits;
    }

    /** Loads the next eight bytes (or all that are left) into the empty window. */
    private void refill() {
        int remaining = in.remaining();
        if (remaining >= Long.BYTES) {
            long word = in.getLong();
            window = littleEndian ? Long.reverseBytes(word) : word;
            buffered = 64;
            return;
        }
        if (remaining == 0) {
            throw new BufferUnderflowException();
        }
        long word = 0;
        for (int i = 0; i < remaining; i++) {
            word |= (long) (in.get() & 0xFF) << (56 - 8 * i);
        }
        window = word;
        buffered = 8 * remaining;
    }

    /**
     * Gives the unread whole bytes back to the buffer, so its position is just past the last byte
     * a bit was read from. Reading bits may continue afterwards.
     */
    public void release() {
        int wholeBytes = buffered >>> 3;
        if (wholeBytes > 0) {
            in.position(in.position() - wholeBytes);
            buffered &= 7;
        }
    }

    /** True when no unread bit is left in the current byte and the buffer is exhausted. */
    public boolean exhausted() {
        return buffered == 0 && !in.hasRemaining();
    }

    /** Bits still unread in the current byte. */
    public int bitsLeftInByte() {
        return buffered & 7;
    }

    /** Drops the unread bits of the current byte. */
    public void skipToByte() {
        int drop = buffered & 7;
        window <<= drop;
        buffered -= drop;
    }
}
