package org.orrery.codec.api;

import java.nio.ByteBuffer;
import org.osgi.annotation.versioning.ConsumerType;

/**
 * Decodes the value stream of one page of kind {@link ValueKind#DOUBLE}. One instance per reading
 * thread; each call is independent of earlier ones.
 */
@ConsumerType
public interface DoubleDecoder {
    /**
     * Decodes exactly {@code count} values from {@code in} (starting at its position) into
     * {@code out[offset ..]}, advancing {@code in} past the bytes used. Use this when the count is
     * known from elsewhere (the page's time column or null bitmap): for encodings with an end
     * marker (GORILLA, CHIMP) it is the only way to read values equal to the marker.
     *
     * @throws CodecException if the stream ends before {@code count} values or is corrupt
     */
    void decode(ByteBuffer in, double[] out, int offset, int count);

    /**
     * Decodes every value from the position of {@code in} up to its limit (or to the stream's
     * end marker, for encodings that have one) and returns them.
     *
     * @throws CodecException if the stream is corrupt
     */
    double[] decodeAll(ByteBuffer in);
}
