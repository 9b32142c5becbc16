package org.orrery.encoding.gorillav1;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.orrery.codec.api.ByteSink;
import org.orrery.codec.api.CodecException;
import org.orrery.codec.api.CodecOptions;
import org.orrery.codec.api.Encoding;
import org.orrery.codec.api.ValueKind;
import org.orrery.codec.testkit.CodecRoundTrip;
import org.orrery.codec.testkit.EncodingRoundTrip;
import org.orrery.codec.testkit.EncodingContractTest;

class GorillaV1EncodingContractTest extends EncodingContractTest {
    @Override
    protected Encoding encoding() {
        return new GorillaV1Encoding();
    }

    /** NaN is the format's end-of-page marker: the pages are checked without it (see refusesNaN). */
    @Override
    protected EncodingRoundTrip roundTrip() {
        return CodecRoundTrip.of(encoding()).withoutNaN();
    }

    @Test
    void refusesNaNInsteadOfEndingThePageEarly() {
        CodecException e = assertThrows(CodecException.class, () -> encoding()
                .newEncoder(ValueKind.DOUBLE, CodecOptions.DEFAULTS)
                .encode(new double[] {1.5, Double.NaN, 2.5}, 0, 3, new ByteSink()));
        assertTrue(e.getMessage().contains("NaN") && e.getMessage().contains("value 1"), e.getMessage());
        assertThrows(CodecException.class, () -> encoding().newEncoder(ValueKind.FLOAT, CodecOptions.DEFAULTS)
                .encode(new float[] {Float.intBitsToFloat(0x7fc00001)}, 0, 1, new ByteSink()));
    }

    @Test
    void infinitiesSurviveUnlikeInTheOfficialProbe() {
        double[] values = {1.0, Double.POSITIVE_INFINITY, Double.NEGATIVE_INFINITY, -0.0, 2.0};
        ByteSink sink = new ByteSink();
        encoding().newEncoder(ValueKind.DOUBLE, CodecOptions.DEFAULTS).encode(values, 0, values.length, sink);
        double[] back = encoding().newDecoder(ValueKind.DOUBLE, CodecOptions.DEFAULTS)
                .decodeAll(java.nio.ByteBuffer.wrap(sink.toByteArray()));
        assertArrayEquals(values, back);
    }
}
