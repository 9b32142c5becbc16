package org.orrery.compress.basic;

import java.util.Arrays;
import org.orrery.codec.api.CodecException;
import org.orrery.codec.api.CodecProperties;
import org.orrery.codec.api.CompressionIds;
import org.orrery.codec.api.Compressor;
import org.osgi.service.component.annotations.Component;

/** UNCOMPRESSED (id 0): the page body is stored as is. */
@Component(service = Compressor.class, property = {
    CodecProperties.KIND + "=" + CodecProperties.KIND_COMPRESSOR,
    CodecProperties.ID + ":Integer=" + CompressionIds.UNCOMPRESSED,
    CodecProperties.NAME + "=UNCOMPRESSED"})
public final class UncompressedCompressor implements Compressor {
    @Override
    public int id() {
        return CompressionIds.UNCOMPRESSED;
    }

    @Override
    public String name() {
        return "UNCOMPRESSED";
    }

    @Override
    public byte[] compress(byte[] src, int off, int len) {
        return Arrays.copyOfRange(src, off, off + len);
    }

    @Override
    public void uncompress(byte[] src, int off, int len, byte[] dst, int dstOff, int uncompressedLength) {
        if (len != uncompressedLength) {
            throw new CodecException("UNCOMPRESSED page holds " + len + " bytes but its header says "
                    + uncompressedLength);
        }
        System.arraycopy(src, off, dst, dstOff, len);
    }
}
