package org.orrery.encoding.chimp;

import org.orrery.codec.api.CodecException;
import org.orrery.encoding.bits.BitReader;

/** Reads a CHIMP page written by {@link ChimpWriter} or the official encoder, one value per call. */
final class ChimpReader {
    private final ChimpLayout layout;
    private final long[] stored;
    private final String codec;
    private BitReader bits;
    private boolean first;
    private int current;
    private int storedLeading;

    ChimpReader(ChimpLayout layout, String codec) {
        this.layout = layout;
        this.stored = new long[layout.previousValues];
        this.codec = codec;
    }

    void start(BitReader reader) {
        bits = reader;
        first = true;
        current = 0;
        storedLeading = 0;
    }

    long next() {
        long value;
        if (first) {
            first = false;
            value = bits.readBits(layout.width);
            stored[current] = value;
            return value;
        }
        long previous = stored[current];
        int flag = (int) bits.readBits(2);
        switch (flag) {
            case 0:
                value = stored[(int) bits.readBits(layout.indexBits)];
                break;
            case 1: {
                int at = (int) bits.readBits(layout.indexBits);
                int leading = ChimpLayout.CLASS_LEADING[(int) bits.readBits(3)];
                int significant = (int) bits.readBits(layout.significantBits);
                int trailing = layout.width - leading - significant;
                if (trailing < 0 || significant == 0) {
                    throw new CodecException(codec + " has " + significant + " significant bits after "
                            + leading + " leading zeros, impossible in " + layout.width + " bits");
                }
                value = stored[at] ^ (bits.readBits(significant) << trailing);
                break;
            }
            case 2:
                if (storedLeading > layout.width) {
                    throw new CodecException(codec + " reuses a leading-zero count that was never set");
                }
                value = previous ^ bits.readBits(layout.width - storedLeading);
                break;
            default:
                storedLeading = ChimpLayout.CLASS_LEADING[(int) bits.readBits(3)];
                value = previous ^ bits.readBits(layout.width - storedLeading);
                break;
        }
        if (flag <= 1) {
            storedLeading = layout.width + 1;
        }
        current = (current + 1) % layout.previousValues;
        stored[current] = value;
        return value;
    }
}
