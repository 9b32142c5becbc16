package org.orrery.encoding.bits;

import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.nio.ByteOrder;
import org.orrery.codec.api.ByteSink;

/**
 * Appends bits most-significant first (the bit order of every TsFile bit stream) to a
 * {@link ByteSink}.
 *
 * <p>Encoding speed depends on this class (GORILLA, CHIMP, GORILLA_V1 and RLBE write every value
 * through it), so it collects bits in a 64-bit accumulator and hands the sink eight bytes at a
 * time (staged in a small block, so the sink is called once per 64 words); {@link #writeBits} is a
 * shift and an or while the accumulator has room. The price is that
 * up to 63 written bits and the staged words are not yet in the sink: a caller must end with {@link #padToByte()} or
 * {@link #flushByte()} before it uses the sink again (reads its size, writes to it directly).
 * The bytes produced are exactly those of a byte-at-a-time writer.
 */
public final class BitWriter {
    /** Whole words are staged here and handed to the sink in blocks: one sink call per 64 words. */
    private static final int STAGE_BYTES = 512;
    private static final VarHandle BIG_ENDIAN_LONGS =
            MethodHandles.byteArrayViewVarHandle(long[].class, ByteOrder.BIG_ENDIAN);

    private final ByteSink out;
    private final byte[] stage = new byte[STAGE_BYTES];
    private int staged;
    /** The {@link #used} pending bits, right-aligned (the latest bit is bit 0); higher bits are 0. */
    private long pending;
    /** Bits in {@link #pending}, 0..63 between calls. */
    private int used;

    public BitWriter(ByteSink out) {
        this.out = out;
    }

    public void writeBit(boolean one) {
        pending = (pending << 1) | (one ? 1 : 0);
        if (++used == Long.SIZE) {
            emit(pending);
            pending = 0;
            used = 0;
        }
    }

    /** Writes the low {@code count} bits of {@code value} (0..64), highest of them first. */
    public void writeBits(long value, int count) {
        if (count == 0) {
            return;
        }
        // Callers pass values with bits above count set (sign bits, un-masked XORs): drop them.
        long bits = value & (-1L >>> (Long.SIZE - count));
        int free = Long.SIZE - used;
        if (count < free) {
            pending = (pending << count) | bits;
            used += count;
            return;
        }
        // The accumulator fills up: complete the word with the top `free` bits, keep the rest.
        int rest = count - free;
        // Two shifts, because Java masks a shift distance of 64 (free is 64 when used is 0) to 0.
        long word = ((pending << (free - 1)) << 1) | (bits >>> rest);
        emit(word);
        pending = bits & ((1L << rest) - 1);
        used = rest;
    }

    /** Stages a completed 64-bit word (big-endian, as the stream's bit order requires). */
    private void emit(long word) {
        if (staged == STAGE_BYTES) {
            drain();
        }
        BIG_ENDIAN_LONGS.set(stage, staged, word);
        staged += 8;
    }

    /** Hands the staged words to the sink. */
    private void drain() {
        out.write(stage, 0, staged);
        staged = 0;
    }

    /** True if no bits are waiting for their byte to be completed. */
    public boolean isAligned() {
        return (used & 7) == 0;
    }

    /** Hands all pending bits to the sink, the partial byte zero-padded, if there is one. */
    public void padToByte() {
        writeWholeBytes();
        if (used > 0) {
            out.write((int) (pending << (8 - used)));
            pending = 0;
            used = 0;
        }
    }

    /**
     * Hands all pending bits to the sink and then writes the current byte even if no bit of it
     * is used (then a zero byte). GORILLA pages end this way: the official encoder always emits
     * that byte and its decoder expects it.
     */
    public void flushByte() {
        writeWholeBytes();
        out.write((int) (pending << (8 - used)));
        pending = 0;
        used = 0;
    }

    /** Moves the staged words and the completed bytes of the accumulator to the sink, leaving 0..7 bits. */
    private void writeWholeBytes() {
        drain();
        while (used >= 8) {
            used -= 8;
            out.write((int) (pending >>> used));
        }
        pending &= (1L << used) - 1;
    }
}
