package org.orrery.encoding.chimp;

import org.orrery.codec.api.ByteSink;
import org.orrery.codec.api.DoubleEncoder;
import org.orrery.encoding.bits.BitWriter;

/**
 * CHIMP DOUBLE: the {@link ChimpLayout} stream over the raw IEEE bits (NaN payloads kept), ended by the marker
 * {@code 0x7ff8000000000000L} and a closing byte, as the official writer does. A value equal to the marker is
 * still stored and read back: readers take the count from the page's time column.
 */
final class DoubleChimpEncoder implements DoubleEncoder {
    static final long END_MARKER = 0x7ff8000000000000L;

    private final ChimpWriter stream = new ChimpWriter(ChimpLayout.BITS_64);

    @Override
    public void encode(double[] values, int offset, int count, ByteSink out) {
        if (count == 0) {
            return;
        }
        stream.start(new BitWriter(out));
        for (int i = offset; i < offset + count; i++) {
            stream.add(Double.doubleToRawLongBits(values[i]));
        }
        stream.finish(END_MARKER);
    }
}
