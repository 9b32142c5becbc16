package org.orrery.compress.basic;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.Map;
import java.util.zip.Deflater;
import java.util.zip.GZIPInputStream;
import java.util.zip.GZIPOutputStream;
import org.orrery.codec.api.CodecException;
import org.orrery.codec.api.CodecOptions;
import org.orrery.codec.api.CodecProperties;
import org.orrery.codec.api.CompressionIds;
import org.orrery.codec.api.Compressor;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;

/**
 * GZIP (id 2): each page body is a complete gzip stream (header, deflate data, CRC-32 and size
 * trailer), exactly what {@code java.util.zip.GZIPOutputStream} writes, as the official writer
 * does. At the default level the bytes are identical to the official writer's on the same JDK.
 * Option {@link CodecOptions#COMPRESSION_LEVEL} (0..9, component property
 * {@code compression.level}) trades speed for size.
 */
@Component(service = Compressor.class, configurationPid = "org.orrery.compress.gzip", property = {
    CodecProperties.KIND + "=" + CodecProperties.KIND_COMPRESSOR,
    CodecProperties.ID + ":Integer=" + CompressionIds.GZIP,
    CodecProperties.NAME + "=GZIP"})
public final class GzipCompressor implements Compressor {
    private final int level;

    /** Default level, as the official writer ({@link Deflater#DEFAULT_COMPRESSION}). */
    public GzipCompressor() {
        this(Deflater.DEFAULT_COMPRESSION);
    }

    @Activate
    public GzipCompressor(Map<String, Object> properties) {
        this(levelOf(properties.get(CodecOptions.COMPRESSION_LEVEL)));
    }

    private GzipCompressor(int level) {
        if (level != Deflater.DEFAULT_COMPRESSION && (level < 0 || level > 9)) {
            throw new IllegalArgumentException("GZIP level must be within 0..9, got " + level);
        }
        this.level = level;
    }

    private static int levelOf(Object property) {
        return property == null ? Deflater.DEFAULT_COMPRESSION : Integer.parseInt(property.toString().trim());
    }

    @Override
    public int id() {
        return CompressionIds.GZIP;
    }

    @Override
    public String name() {
        return "GZIP";
    }

    @Override
    public Compressor withOptions(CodecOptions options) {
        int l = options.getInt(CodecOptions.COMPRESSION_LEVEL, level);
        return l == level ? this : new GzipCompressor(l);
    }

    @Override
    public byte[] compress(byte[] src, int off, int len) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream(Math.max(64, len / 2));
        try (GZIPOutputStream gzip = new LeveledGzipStream(bytes, level)) {
            gzip.write(src, off, len);
        } catch (IOException e) {
            throw new CodecException("GZIP compression of " + len + " bytes failed: " + e.getMessage(), e);
        }
        return bytes.toByteArray();
    }

    @Override
    public void uncompress(byte[] src, int off, int len, byte[] dst, int dstOff, int uncompressedLength) {
        try (InputStream in = new GZIPInputStream(new ByteArrayInputStream(src, off, len))) {
            int done = in.readNBytes(dst, dstOff, uncompressedLength);
            if (done != uncompressedLength || in.read() != -1) {
                throw new CodecException("GZIP page expands to " + (done < uncompressedLength ? done : "more than "
                        + uncompressedLength) + " bytes but its header says " + uncompressedLength);
            }
        } catch (IOException e) {
            throw new CodecException("GZIP page of " + len + " bytes is corrupt: " + e.getMessage(), e);
        }
    }

    /** A gzip stream whose deflater runs at a chosen level. */
    private static final class LeveledGzipStream extends GZIPOutputStream {
        LeveledGzipStream(ByteArrayOutputStream out, int level) throws IOException {
            super(out);
            def.setLevel(level);
        }
    }
}
