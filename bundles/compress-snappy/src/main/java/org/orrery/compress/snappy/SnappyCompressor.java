package org.orrery.compress.snappy;

import java.io.IOException;
import java.util.Arrays;
import org.orrery.codec.api.CodecException;
import org.orrery.codec.api.CodecProperties;
import org.orrery.codec.api.CompressionIds;
import org.orrery.codec.api.Compressor;
import org.osgi.service.component.annotations.Component;
import org.xerial.snappy.Snappy;

/**
 * SNAPPY (id 1): a raw Snappy block (snappy-java {@code Snappy.compress}, no framing), as the
 * official writer stores it. The constructor loads the native library, so if it cannot load,
 * this component (or ServiceLoader provider) fails alone and only SNAPPY is missing.
 */
@Component(service = Compressor.class, property = {
    CodecProperties.KIND + "=" + CodecProperties.KIND_COMPRESSOR,
    CodecProperties.ID + ":Integer=" + CompressionIds.SNAPPY,
    CodecProperties.NAME + "=SNAPPY"})
public final class SnappyCompressor implements Compressor {

    public SnappyCompressor() {
        // Fails with a LinkageError here, not on the first page, if the native library is unusable.
        Snappy.maxCompressedLength(1);
    }

    @Override
    public int id() {
        return CompressionIds.SNAPPY;
    }

    @Override
    public String name() {
        return "SNAPPY";
    }

    @Override
    public byte[] compress(byte[] src, int off, int len) {
        byte[] out = new byte[Snappy.maxCompressedLength(len)];
        try {
            int n = Snappy.compress(src, off, len, out, 0);
            return Arrays.copyOf(out, n);
        } catch (IOException e) {
            throw new CodecException("SNAPPY compression of " + len + " bytes failed: " + e.getMessage(), e);
        }
    }

    @Override
    public void uncompress(byte[] src, int off, int len, byte[] dst, int dstOff, int uncompressedLength) {
        try {
            if (!Snappy.isValidCompressedBuffer(src, off, len)) {
                throw new CodecException("SNAPPY page of " + len + " bytes is corrupt");
            }
            int declared = Snappy.uncompressedLength(src, off, len);
            if (declared != uncompressedLength) {
                throw new CodecException("SNAPPY page expands to " + declared + " bytes but its header says "
                        + uncompressedLength);
            }
            Snappy.uncompress(src, off, len, dst, dstOff);
        } catch (IOException e) {
            throw new CodecException("SNAPPY page of " + len + " bytes is corrupt: " + e.getMessage(), e);
        }
    }
}
