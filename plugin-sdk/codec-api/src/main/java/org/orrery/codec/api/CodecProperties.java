package org.orrery.codec.api;

/**
 * OSGi service properties every codec service registers, so consumers can select one with a
 * filter such as {@code (&(codec.kind=compressor)(codec.id=8))}.
 */
public final class CodecProperties {
    /** {@value #KIND_ENCODING} or {@value #KIND_COMPRESSOR}. */
    public static final String KIND = "codec.kind";
    /** The persisted id, an Integer (declare it as {@code codec.id:Integer=8} in DS). */
    public static final String ID = "codec.id";
    /** The codec's name, e.g. {@code GORILLA} or {@code ZSTD}. */
    public static final String NAME = "codec.name";

    public static final String KIND_ENCODING = "encoding";
    public static final String KIND_COMPRESSOR = "compressor";

    private CodecProperties() {
    }
}
