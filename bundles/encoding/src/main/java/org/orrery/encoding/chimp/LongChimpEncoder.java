package org.orrery.encoding.chimp;

import org.orrery.codec.api.ByteSink;
import org.orrery.codec.api.LongEncoder;
import org.orrery.encoding.bits.BitWriter;

/**
 * CHIMP INT64: the {@link ChimpLayout} stream over the values, ended by the marker
 * {@code Long.MIN_VALUE} and a closing byte, as the official writer does. A value equal to the marker is
 * still stored and read back: readers take the count from the page's time column.
 */
final class LongChimpEncoder implements LongEncoder {
    static final long END_MARKER = Long.MIN_VALUE;

    private final ChimpWriter stream = new ChimpWriter(ChimpLayout.BITS_64);

    @Override
    public void encode(long[] values, int offset, int count, ByteSink out) {
        if (count == 0) {
            return;
        }
        stream.start(new BitWriter(out));
        for (int i = offset; i < offset + count; i++) {
            stream.add(values[i]);
        }
        stream.finish(END_MARKER);
    }
}
