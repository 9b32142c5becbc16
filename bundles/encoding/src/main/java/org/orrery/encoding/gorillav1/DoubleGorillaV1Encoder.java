package org.orrery.encoding.gorillav1;

import org.orrery.codec.api.ByteSink;
import org.orrery.codec.api.CodecException;
import org.orrery.codec.api.DoubleEncoder;

/**
 * GORILLA_V1 DOUBLE (deprecated legacy layout, kept so old files can be rewritten faithfully). NaN
 * is the format's end-of-page marker and cannot be stored: a page containing NaN is refused
 * rather than silently cut short as the official writer does. Use GORILLA for such data.
 */
final class DoubleGorillaV1Encoder implements DoubleEncoder {
    private final GorillaV1Writer writer = new GorillaV1Writer(GorillaV1Layout.DOUBLE);
    private long[] bits = new long[0];

    @Override
    public void encode(double[] values, int offset, int count, ByteSink out) {
        if (count == 0) {
            return;
        }
        if (bits.length < count) {
            bits = new long[count];
        }
        for (int i = 0; i < count; i++) {
            double v = values[offset + i];
            if (Double.isNaN(v)) {
                throw new CodecException("GORILLA_V1 DOUBLE cannot store NaN (value " + i
                        + " of the page): NaN is the format's end-of-page marker; use GORILLA");
            }
            bits[i] = Double.doubleToRawLongBits(v);
        }
        writer.writePage(bits, count, 0x7ff8000000000000L, out);
    }
}
