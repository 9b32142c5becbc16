package org.orrery.encoding.bits;

import java.nio.ByteBuffer;
import org.orrery.codec.api.CodecException;

/** The error a decoder reports when a page's value stream ends early or is malformed. */
public final class Truncation {
    private Truncation() {
    }

    /**
     * @param codec e.g. {@code "TS_2DIFF INT64"}
     */
    public static CodecException of(String codec, ByteBuffer in, RuntimeException cause) {
        return new CodecException(codec + " value stream truncated or corrupt at byte " + in.position()
                + " of " + in.limit(), cause);
    }

    public static CodecException tooFew(String codec, int wanted, int got) {
        return new CodecException(codec + " value stream holds " + got + " values, " + wanted + " expected");
    }
}
