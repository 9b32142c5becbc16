package org.orrery.encoding.gorilla;

import org.orrery.codec.api.ByteSink;
import org.orrery.codec.api.LongEncoder;
import org.orrery.encoding.bits.BitWriter;

/**
 * GORILLA INT64: the XOR stream of {@link GorillaWriter64} over the values themselves, ended by the
 * marker {@code Long.MIN_VALUE} as the official writer does. A value equal to the marker is still written
 * and read back, because readers take the value count from the page's time column.
 */
final class LongGorillaEncoder implements LongEncoder {
    static final long END_MARKER = Long.MIN_VALUE;

    private final GorillaWriter64 stream = new GorillaWriter64();

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
