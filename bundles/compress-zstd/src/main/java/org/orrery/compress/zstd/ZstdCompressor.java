package org.orrery.compress.zstd;

import com.github.luben.zstd.Zstd;
import com.github.luben.zstd.ZstdException;
import java.util.Arrays;
import java.util.Map;
import org.orrery.codec.api.CodecException;
import org.orrery.codec.api.CodecOptions;
import org.orrery.codec.api.CodecProperties;
import org.orrery.codec.api.CompressionIds;
import org.orrery.codec.api.Compressor;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;

/**
 * ZSTD (id 8): each page body is one zstd frame with its content size in the frame header (the
 * official reader sizes its output from it). The official writer always uses level 22
 * ({@code Zstd.maxCompressionLevel()}), which is very slow; we default to
 * {@value #DEFAULT_LEVEL} and let {@link CodecOptions#COMPRESSION_LEVEL} (or the component
 * property {@code compression.level}) choose. Any level reads back with any zstd decoder.
 */
@Component(service = Compressor.class, configurationPid = "org.orrery.compress.zstd", property = {
    CodecProperties.KIND + "=" + CodecProperties.KIND_COMPRESSOR,
    CodecProperties.ID + ":Integer=" + CompressionIds.ZSTD,
    CodecProperties.NAME + "=ZSTD"})
public final class ZstdCompressor implements Compressor {
    public static final int DEFAULT_LEVEL = 3;

    private final int level;

    public ZstdCompressor() {
        this(DEFAULT_LEVEL);
    }

    @Activate
    public ZstdCompressor(Map<String, Object> properties) {
        this(levelOf(properties.get(CodecOptions.COMPRESSION_LEVEL)));
    }

    public ZstdCompressor(int level) {
        // Loads the native library now: if it cannot load, only this codec is missing.
        int max = Zstd.maxCompressionLevel();
        int min = Zstd.minCompressionLevel();
        if (level < min || level > max) {
            throw new IllegalArgumentException("ZSTD level must be within " + min + ".." + max + ", got " + level);
        }
        this.level = level;
    }

    private static int levelOf(Object property) {
        return property == null ? DEFAULT_LEVEL : Integer.parseInt(property.toString().trim());
    }

    public int level() {
        return level;
    }

    @Override
    public int id() {
        return CompressionIds.ZSTD;
    }

    @Override
    public String name() {
        return "ZSTD";
    }

    @Override
    public Compressor withOptions(CodecOptions options) {
        int l = options.getInt(CodecOptions.COMPRESSION_LEVEL, level);
        return l == level ? this : new ZstdCompressor(l);
    }

    @Override
    public byte[] compress(byte[] src, int off, int len) {
        byte[] out = new byte[(int) Zstd.compressBound(len)];
        long n;
        try {
            n = Zstd.compressByteArray(out, 0, out.length, src, off, len, level);
        } catch (ZstdException e) {
            throw new CodecException("ZSTD compression of " + len + " bytes failed: " + e.getMessage(), e);
        }
        if (Zstd.isError(n)) {
            throw new CodecException("ZSTD compression of " + len + " bytes failed: " + Zstd.getErrorName(n));
        }
        return Arrays.copyOf(out, (int) n);
    }

    @Override
    public void uncompress(byte[] src, int off, int len, byte[] dst, int dstOff, int uncompressedLength) {
        long n;
        try {
            n = Zstd.decompressByteArray(dst, dstOff, uncompressedLength, src, off, len);
        } catch (ZstdException e) {
            throw new CodecException("ZSTD page of " + len + " bytes is corrupt or expands beyond the "
                    + uncompressedLength + " bytes its header says: " + e.getMessage(), e);
        }
        if (Zstd.isError(n)) {
            throw new CodecException("ZSTD page of " + len + " bytes is corrupt or expands beyond the "
                    + uncompressedLength + " bytes its header says: " + Zstd.getErrorName(n));
        }
        if (n != uncompressedLength) {
            throw new CodecException("ZSTD page expands to " + n + " bytes but its header says " + uncompressedLength);
        }
    }
}
