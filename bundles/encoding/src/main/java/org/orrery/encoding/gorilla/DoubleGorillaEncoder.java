package org.orrery.encoding.gorilla;

import org.orrery.codec.api.ByteSink;
import org.orrery.codec.api.DoubleEncoder;
import org.orrery.encoding.bits.BitWriter;

/**
 * GORILLA DOUBLE: the XOR stream of {@link GorillaWriter64} over the raw IEEE bits (NaN payloads kept), ended by the
 * marker {@code 0x7ff8000000000000L} (canonical NaN) as the official writer does. A value equal to the marker is still written
 * and read back, because readers take the value count from the page's time column.
 */
public final class DoubleGorillaEncoder implements DoubleEncoder {
    static final long END_MARKER = 0x7ff8000000000000L;

    private final GorillaWriter64 stream = new GorillaWriter64();

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
