package org.orrery.tsfile.internal.write;

import java.util.Arrays;
import org.orrery.codec.api.CodecException;
import org.orrery.codec.api.CompressionIds;
import org.orrery.codec.api.Compressor;

/**
 * UNCOMPRESSED, used when no codec bundle provides it: storing a page as is needs no codec, so
 * (as for the reader) it must not depend on one being installed.
 */
final class NoCompression implements Compressor {
    static final NoCompression INSTANCE = new NoCompression();

    private NoCompression() {
    }

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
            throw new CodecException("UNCOMPRESSED page of " + len + " bytes cannot expand to " + uncompressedLength);
        }
        System.arraycopy(src, off, dst, dstOff, len);
    }
}
