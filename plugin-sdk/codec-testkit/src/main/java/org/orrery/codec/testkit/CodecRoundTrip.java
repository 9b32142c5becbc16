package org.orrery.codec.testkit;

import org.orrery.codec.api.Compressor;
import org.orrery.codec.api.Encoding;
import org.orrery.codec.api.ValueKind;

/**
 * Entry point of the round-trip checks.
 *
 * <pre>{@code
 * CodecRoundTrip.check(myEncoding);                       // every supported kind, every edge page
 * CodecRoundTrip.check(myEncoding, ValueKind.DOUBLE);
 * CodecRoundTrip.of(myEncoding).decodeAllMayStopEarly().check();
 * CodecRoundTrip.check(myCompressor);
 * }</pre>
 *
 * Failures are {@link AssertionError}s naming the codec, kind, page and first differing value.
 */
public final class CodecRoundTrip {
    private CodecRoundTrip() {
    }

    public static EncodingRoundTrip of(Encoding encoding) {
        return new EncodingRoundTrip(encoding);
    }

    public static CompressorRoundTrip of(Compressor compressor) {
        return new CompressorRoundTrip(compressor);
    }

    public static void check(Encoding encoding) {
        of(encoding).check();
    }

    public static void check(Encoding encoding, ValueKind<?, ?> kind) {
        of(encoding).check(kind);
    }

    public static void check(Compressor compressor) {
        of(compressor).check();
    }
}
