package org.orrery.encoding.gorilla;

import org.orrery.codec.api.ByteSink;
import org.orrery.codec.api.FloatEncoder;
import org.orrery.encoding.bits.BitWriter;

/**
 * GORILLA FLOAT: the XOR stream of {@link GorillaWriter32} over the raw IEEE bits (NaN payloads kept), ended by the
 * marker {@code 0x7fc00000} (canonical NaN) as the official writer does. A value equal to the marker is still written
 * and read back, because readers take the value count from the page's time column.
 */
public final class FloatGorillaEncoder implements FloatEncoder {
    static final int END_MARKER = 0x7fc00000;

    private final GorillaWriter32 stream = new GorillaWriter32();

    @Override
    public void encode(float[] values, int offset, int count, ByteSink out) {
        if (count == 0) {
            return;
        }
        stream.start(new BitWriter(out));
        for (int i = offset; i < offset + count; i++) {
            stream.add(Float.floatToRawIntBits(values[i]));
        }
        stream.finish(END_MARKER);
    }
}
