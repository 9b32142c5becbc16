package org.orrery.encoding.chimp;

import org.orrery.codec.api.ByteSink;
import org.orrery.codec.api.FloatEncoder;
import org.orrery.encoding.bits.BitWriter;

/**
 * CHIMP FLOAT: the {@link ChimpLayout} stream over the raw IEEE bits (NaN payloads kept), ended by the marker
 * {@code 0x7fc00000L} and a closing byte, as the official writer does. A value equal to the marker is
 * still stored and read back: readers take the count from the page's time column.
 */
final class FloatChimpEncoder implements FloatEncoder {
    static final long END_MARKER = 0x7fc00000L;

    private final ChimpWriter stream = new ChimpWriter(ChimpLayout.BITS_32);

    @Override
    public void encode(float[] values, int offset, int count, ByteSink out) {
        if (count == 0) {
            return;
        }
        stream.start(new BitWriter(out));
        for (int i = offset; i < offset + count; i++) {
            stream.add(Float.floatToRawIntBits(values[i]) & 0xFFFFFFFFL);
        }
        stream.finish(END_MARKER);
    }
}
