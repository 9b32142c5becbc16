package org.orrery.codec.api;

import java.nio.ByteBuffer;
import org.osgi.annotation.versioning.ConsumerType;

/**
 * A page compressor, registered as a service keyed by its persisted id. Each TsFile page body is
 * compressed on its own; the page header stores both sizes, so {@link #uncompress} always knows
 * the uncompressed length. Implementations are thread-safe.
 *
 * <p>Register with the properties of {@link CodecProperties} ({@code codec.kind=compressor}) and
 * list the class in {@code META-INF/services/org.orrery.codec.api.Compressor}.
 */
@ConsumerType
public interface Compressor {
    /**
     * The id persisted in chunk headers: a format id of {@link CompressionIds}, or a plugin id in
     * {@link CodecIds#PLUGIN_MIN}..{@link CodecIds#PLUGIN_MAX}.
     */
    int id();

    /** The name, upper case, equal to the format's name for format ids (e.g. {@code ZSTD}). */
    String name();

    /** Compresses {@code src[off .. off+len-1]} and returns exactly the compressed bytes. */
    byte[] compress(byte[] src, int off, int len);

    /**
     * Uncompresses {@code src[off .. off+len-1]} into {@code dst[dstOff ..]}, which must have room
     * for {@code uncompressedLength} bytes.
     *
     * @throws CodecException if the input is corrupt or does not expand to exactly
     *         {@code uncompressedLength} bytes
     */
    void uncompress(byte[] src, int off, int len, byte[] dst, int dstOff, int uncompressedLength);

    /**
     * A compressor of the same id with {@code options} applied (e.g.
     * {@link CodecOptions#COMPRESSION_LEVEL}); compressors without options return {@code this}.
     * Options change the compressed bytes, never what they uncompress to.
     */
    default Compressor withOptions(CodecOptions options) {
        return this;
    }

    default byte[] compress(byte[] src) {
        return compress(src, 0, src.length);
    }

    /** Compresses the remaining bytes of {@code src}, advancing its position to its limit. */
    default byte[] compress(ByteBuffer src) {
        int len = src.remaining();
        if (src.hasArray()) {
            byte[] out = compress(src.array(), src.arrayOffset() + src.position(), len);
            src.position(src.limit());
            return out;
        }
        byte[] copy = new byte[len];
        src.get(copy);
        return compress(copy, 0, len);
    }

    default byte[] uncompress(byte[] src, int off, int len, int uncompressedLength) {
        byte[] out = new byte[uncompressedLength];
        uncompress(src, off, len, out, 0, uncompressedLength);
        return out;
    }

    /**
     * Uncompresses the remaining bytes of {@code src} (advancing it to its limit) into a new heap
     * buffer positioned at 0 with limit {@code uncompressedLength}.
     */
    default ByteBuffer uncompress(ByteBuffer src, int uncompressedLength) {
        int len = src.remaining();
        byte[] out = new byte[uncompressedLength];
        if (src.hasArray()) {
            uncompress(src.array(), src.arrayOffset() + src.position(), len, out, 0, uncompressedLength);
            src.position(src.limit());
        } else {
            byte[] copy = new byte[len];
            src.get(copy);
            uncompress(copy, 0, len, out, 0, uncompressedLength);
        }
        return ByteBuffer.wrap(out);
    }
}
