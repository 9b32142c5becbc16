package org.orrery.encoding.sprintz;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.ByteBuffer;
import org.junit.jupiter.api.Test;
import org.orrery.codec.api.ByteSink;
import org.orrery.codec.api.CodecOptions;
import org.orrery.codec.api.ValueKind;

/**
 * The values official SPRINTZ loses (residuals beyond ±2^30, sign changes of float bit patterns)
 * go into fallback blocks; blocks it handles stay regular. The official reader's view of these
 * bytes is checked separately (see the README's cross-check).
 */
class SprintzLosslessTest {
    private static byte[] encodeInts(int... values) {
        ByteSink sink = new ByteSink();
        new SprintzEncoding().newEncoder(ValueKind.INT32, CodecOptions.DEFAULTS).encode(values, 0, values.length, sink);
        return sink.toByteArray();
    }

    @Test
    void aBlockWithExtremesBecomesAFallbackBlockOfNine() {
        int[] values = {0, Integer.MAX_VALUE, Integer.MIN_VALUE, 5, -5, Integer.MAX_VALUE, 1, 2, 3,
            10, 11, 12, 13, 14, 15, 16, 17, 18};
        byte[] bytes = encodeInts(values);
        assertEquals(0x80 | 9, bytes[0] & 0xFF, "first block must use the fallback form");
        int[] back = new SprintzEncoding().newDecoder(ValueKind.INT32, CodecOptions.DEFAULTS).decodeAll(ByteBuffer.wrap(bytes));
        assertArrayEquals(values, back);
    }

    @Test
    void aSmoothBlockStaysRegular() {
        byte[] bytes = encodeInts(10, 11, 12, 13, 14, 15, 16, 17, 18);
        int width = bytes[0] & 0xFF;
        assertEquals(true, width >= 1 && width < 0x80, "regular block starts with its bit width, got " + width);
        assertEquals(1 + 1 + width, bytes.length, "width byte, one-byte uvarint anchor, packed residuals");
    }

    @Test
    void floatsCrossingZeroSurvive() {
        float[] values = new float[100];
        for (int i = 0; i < values.length; i++) {
            values[i] = (float) Math.cos(i / 7.0);
        }
        ByteSink sink = new ByteSink();
        new SprintzEncoding().newEncoder(ValueKind.FLOAT, CodecOptions.DEFAULTS).encode(values, 0, values.length, sink);
        float[] back = new SprintzEncoding().newDecoder(ValueKind.FLOAT, CodecOptions.DEFAULTS)
                .decodeAll(ByteBuffer.wrap(sink.toByteArray()));
        assertArrayEquals(values, back);
    }
}
