package org.orrery.encoding.gorilla;

import org.orrery.codec.api.ByteSink;
import org.orrery.codec.api.IntEncoder;
import org.orrery.encoding.bits.BitWriter;

/**
 * GORILLA INT32: the XOR stream of {@link GorillaWriter32} over the values themselves, ended by the
 * marker {@code Integer.MIN_VALUE} as the official writer does. A value equal to the marker is still written
 * and read back, because readers take the value count from the page's time column.
 */
final class IntGorillaEncoder implements IntEncoder {
    static final int END_MARKER = Integer.MIN_VALUE;

    private final GorillaWriter32 stream = new GorillaWriter32();

    @Override
    public void encode(int[] values, int offset, int count, ByteSink out) {
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
