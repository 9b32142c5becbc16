package org.orrery.codec.api;

/**
 * A codec could not do its work: corrupt or truncated input, a value kind the encoding does not
 * accept, or a compressor failure. Messages name the codec and the offending value or position.
 */
public class CodecException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public CodecException(String message) {
        super(message);
    }

    public CodecException(String message, Throwable cause) {
        super(message, cause);
    }
}
