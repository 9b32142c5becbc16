package org.orrery.compress.lzma2;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.Map;
import org.orrery.codec.api.CodecException;
import org.orrery.codec.api.CodecOptions;
import org.orrery.codec.api.CodecProperties;
import org.orrery.codec.api.CompressionIds;
import org.orrery.codec.api.Compressor;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.tukaani.xz.LZMA2Options;
import org.tukaani.xz.UnsupportedOptionsException;
import org.tukaani.xz.XZInputStream;
import org.tukaani.xz.XZOutputStream;

/**
 * LZMA2 (id 9): despite the name, each page body is a complete <b>.xz</b> container (stream
 * header, one LZMA2 block, index, CRC64 check, footer), exactly what {@code XZOutputStream} with
 * default {@link LZMA2Options} (preset {@value LZMA2Options#PRESET_DEFAULT}) writes, as the
 * official writer does; with the default preset the bytes are identical. Pure Java, no native code.
 */
@Component(service = Compressor.class, configurationPid = "org.orrery.compress.lzma2", property = {
    CodecProperties.KIND + "=" + CodecProperties.KIND_COMPRESSOR,
    CodecProperties.ID + ":Integer=" + CompressionIds.LZMA2,
    CodecProperties.NAME + "=LZMA2"})
public final class Lzma2Compressor implements Compressor {
    private final int preset;

    public Lzma2Compressor() {
        this(LZMA2Options.PRESET_DEFAULT);
    }

    @Activate
    public Lzma2Compressor(Map<String, Object> properties) {
        this(presetOf(properties.get(CodecOptions.COMPRESSION_LEVEL)));
    }

    private Lzma2Compressor(int preset) {
        if (preset < LZMA2Options.PRESET_MIN || preset > LZMA2Options.PRESET_MAX) {
            throw new IllegalArgumentException("LZMA2 preset must be within " + LZMA2Options.PRESET_MIN + ".."
                    + LZMA2Options.PRESET_MAX + ", got " + preset);
        }
        this.preset = preset;
    }

    private static int presetOf(Object property) {
        return property == null ? LZMA2Options.PRESET_DEFAULT : Integer.parseInt(property.toString().trim());
    }

    @Override
    public int id() {
        return CompressionIds.LZMA2;
    }

    @Override
    public String name() {
        return "LZMA2";
    }

    @Override
    public Compressor withOptions(CodecOptions options) {
        int p = options.getInt(CodecOptions.COMPRESSION_LEVEL, preset);
        return p == preset ? this : new Lzma2Compressor(p);
    }

    @Override
    public byte[] compress(byte[] src, int off, int len) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream(Math.max(128, len / 2));
        try (XZOutputStream xz = new XZOutputStream(bytes, new LZMA2Options(preset))) {
            xz.write(src, off, len);
        } catch (UnsupportedOptionsException e) {
            throw new IllegalStateException("LZMA2 preset " + preset + " rejected", e);
        } catch (IOException e) {
            throw new CodecException("LZMA2 compression of " + len + " bytes failed: " + e.getMessage(), e);
        }
        return bytes.toByteArray();
    }

    @Override
    public void uncompress(byte[] src, int off, int len, byte[] dst, int dstOff, int uncompressedLength) {
        try (InputStream in = new XZInputStream(new ByteArrayInputStream(src, off, len))) {
            int done = in.readNBytes(dst, dstOff, uncompressedLength);
            if (done != uncompressedLength || in.read() != -1) {
                throw new CodecException("LZMA2 page expands to " + (done < uncompressedLength ? done : "more than "
                        + uncompressedLength) + " bytes but its header says " + uncompressedLength);
            }
        } catch (IOException e) {
            throw new CodecException("LZMA2 page of " + len + " bytes is corrupt: " + e.getMessage(), e);
        }
    }
}
