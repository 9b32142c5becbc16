package org.orrery.encoding.gorillav1;

import org.orrery.codec.api.ByteSink;
import org.orrery.codec.api.CodecException;
import org.orrery.codec.api.FloatEncoder;

/**
 * GORILLA_V1 FLOAT (deprecated legacy layout, kept so old files can be rewritten faithfully). NaN
 * is the format's end-of-page marker and cannot be stored: a page containing NaN is refused
 * rather than silently cut short as the official writer does. Use GORILLA for such data.
 */
final class FloatGorillaV1Encoder implements FloatEncoder {
    private final GorillaV1Writer writer = new GorillaV1Writer(GorillaV1Layout.FLOAT);
    private long[] bits = new long[0];

    @Override
    public void encode(float[] values, int offset, int count, ByteSink out) {
        if (count == 0) {
            return;
        }
        if (bits.length < count) {
            bits = new long[count];
        }
        for (int i = 0; i < count; i++) {
            float v = values[offset + i];
            if (Float.isNaN(v)) {
                throw new CodecException("GORILLA_V1 FLOAT cannot store NaN (value " + i
                        + " of the page): NaN is the format's end-of-page marker; use GORILLA");
            }
            bits[i] = Float.floatToRawIntBits(v) & 0xFFFFFFFFL;
        }
        writer.writePage(bits, count, 0x7fc00000L, out);
    }
}
