package org.orrery.encoding.rle;

import org.orrery.codec.api.ByteSink;
import org.orrery.encoding.bits.Packing;
import org.orrery.encoding.bits.VarInts;

/**
 * The RLE / bit-packing hybrid of TsFile ({@code RleEncoder}), one page at a time:
 *
 * <pre>
 * uvarint  length of what follows
 * byte     bitWidth
 * run*     rle run:        uvarint (count &lt;&lt; 1), value in ceil(bitWidth/8) bytes
 *          bit-packed run: byte (groups &lt;&lt; 1 | 1), byte valid values in the last group,
 *                          groups x 8 values packed MSB-first in bitWidth bytes each
 * </pre>
 *
 * <p>To produce the official writer's bytes exactly, this replays its state machine: values are
 * collected in groups of 8; a value repeated 8 times since the last group boundary turns into an
 * RLE run (at most 32 767 per run), otherwise full groups are bit-packed (at most 63 groups per
 * run). The repeat counter restarts at every packed group and the "previous value" starts at 0,
 * which decides where runs begin. Values are handled as longs; INT32 pages pass their values
 * zero-extended, which changes neither equality nor the low bits packed.
 */
final class RleHybridWriter {
    /** A value must repeat this often before it becomes an RLE run (TsFile RLE_MIN_REPEATED_NUM). */
    static final int MIN_REPEAT = 8;
    /** Longest RLE run (TsFile RLE_MAX_REPEATED_NUM); the count must fit a 16-bit signed value. */
    static final int MAX_REPEAT = 32767;
    /** Most groups in one bit-packed run, so the header fits one byte (TsFile RLE_MAX_BIT_PACKED_NUM). */
    static final int MAX_GROUPS = 63;

    private final boolean bigEndianRunValue;
    private final ByteSink body = new ByteSink(1024);
    private final ByteSink packedRun = new ByteSink(512);
    private final long[] group = new long[MIN_REPEAT];
    private int bitWidth;
    private long previous;
    private int repeatCount;
    private int buffered;
    private int groups;
    private boolean inPackedRun;

    /**
     * @param bigEndianRunValue INT64 pages store an RLE run's value big-endian (the official
     *        {@code LongRleEncoder} uses {@code BytesUtils.longToBytes}); INT32 and BOOLEAN pages
     *        store it little-endian
     */
    RleHybridWriter(boolean bigEndianRunValue) {
        this.bigEndianRunValue = bigEndianRunValue;
    }

    /** Encodes {@code values[0 .. count-1]} (count &gt; 0) with the given bit width (1..64). */
    void writePage(long[] values, int count, int width, ByteSink out) {
        body.reset();
        packedRun.reset();
        bitWidth = width;
        previous = 0;
        repeatCount = 0;
        buffered = 0;
        groups = 0;
        inPackedRun = false;
        body.write(width);
        for (int i = 0; i < count; i++) {
            add(values[i]);
        }
        int lastGroupValues = buffered;
        if (repeatCount >= MIN_REPEAT) {
            writeRleRun();
        } else if (buffered > 0) {
            for (int i = buffered; i < MIN_REPEAT; i++) {
                group[i] = 0;
            }
            packGroup();
            endPackedRun(lastGroupValues);
        } else {
            endPackedRun(MIN_REPEAT);
        }
        VarInts.writeUnsigned(out, body.size());
        body.writeTo(out);
    }

    private void add(long value) {
        if (value == previous) {
            repeatCount++;
            if (repeatCount >= MIN_REPEAT && repeatCount <= MAX_REPEAT) {
                return;
            }
            if (repeatCount == MAX_REPEAT + 1) {
                repeatCount = MAX_REPEAT;
                writeRleRun();
                repeatCount = 1;
                previous = value;
            }
        } else {
            if (repeatCount >= MIN_REPEAT) {
                writeRleRun();
            }
            repeatCount = 1;
            previous = value;
        }
        group[buffered++] = value;
        if (buffered == MIN_REPEAT) {
            packGroup();
        }
    }

    private void writeRleRun() {
        endPackedRun(MIN_REPEAT);
        VarInts.writeUnsigned(body, repeatCount << 1);
        int bytes = (bitWidth + 7) / 8;
        if (bigEndianRunValue) {
            for (int i = bytes - 1; i >= 0; i--) {
                body.write((int) (previous >>> (8 * i)));
            }
        } else {
            for (int i = 0; i < bytes; i++) {
                body.write((int) (previous >>> (8 * i)));
            }
        }
        repeatCount = 0;
        buffered = 0;
    }

    private void packGroup() {
        if (groups >= MAX_GROUPS) {
            endPackedRun(MIN_REPEAT);
        }
        inPackedRun = true;
        int start = packedRun.size();
        packedRun.ensureCapacity(bitWidth);
        for (int i = 0; i < bitWidth; i++) {
            packedRun.write(0);
        }
        byte[] buf = packedRun.array();
        for (int i = 0; i < MIN_REPEAT; i++) {
            Packing.put(buf, 8L * start + (long) i * bitWidth, bitWidth, group[i]);
        }
        buffered = 0;
        repeatCount = 0;
        groups++;
    }

    private void endPackedRun(int lastGroupValues) {
        if (!inPackedRun) {
            return;
        }
        body.write((groups << 1) | 1);
        body.write(lastGroupValues);
        packedRun.writeTo(body);
        packedRun.reset();
        inPackedRun = false;
        groups = 0;
    }
}
