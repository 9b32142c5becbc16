package org.orrery.tsfile.read;

import java.nio.ByteBuffer;
import org.orrery.codec.api.BinaryDecoder;
import org.orrery.codec.api.BooleanDecoder;
import org.orrery.codec.api.CodecException;
import org.orrery.codec.api.Compressor;
import org.orrery.codec.api.DoubleDecoder;
import org.orrery.codec.api.EncodingIds;
import org.orrery.codec.api.FloatDecoder;
import org.orrery.codec.api.IntDecoder;
import org.orrery.codec.api.LongDecoder;
import org.orrery.common.type.DataType;
import org.orrery.tsfile.CorruptTsFileException;
import org.orrery.tsfile.TsFileException;
import org.orrery.tsfile.internal.format.EncodingRules;

/**
 * Uncompresses and decodes page bodies, turning every codec failure (and any runtime exception a
 * decoder throws on garbage) into a {@link CorruptTsFileException} that names the page.
 */
final class PageDecoder {
    private final ReaderCodecs codecs;
    private final int maxPagePoints;
    /**
     * Reused for every uncompressed page body: a body is fully decoded into fresh arrays before
     * the next page is uncompressed (readers are single-threaded), so one buffer per reader saves
     * an allocation per page.
     */
    private byte[] scratch = new byte[0];

    PageDecoder(ReaderCodecs codecs, int maxPagePoints) {
        this.codecs = codecs;
        this.maxPagePoints = maxPagePoints;
    }

    /** The uncompressed body of {@code page}, as a buffer positioned at 0. */
    ByteBuffer uncompress(LoadedChunk chunk, LoadedChunk.Page page, String what) throws TsFileException {
        int len = page.header.compressedSize();
        int size = page.header.uncompressedSize();
        Compressor c = codecs.compressor(chunk.header.compressionId(), what);
        if (c == null) {
            if (len != size) {
                throw new CorruptTsFileException(what + ": uncompressed page has compressed size " + len
                        + " but uncompressed size " + size, page.bodyOffset);
            }
            return ByteBuffer.wrap(chunk.data, page.bodyStart, len).slice();
        }
        try {
            if (scratch.length < size) {
                scratch = new byte[Math.max(size, scratch.length + (scratch.length >> 1))];
            }
            c.uncompress(chunk.data, page.bodyStart, len, scratch, 0, size);
            return ByteBuffer.wrap(scratch, 0, size).slice();
        } catch (RuntimeException e) {
            throw new CorruptTsFileException(what + ": cannot uncompress " + c.name() + " body at offset "
                    + page.bodyOffset + ": " + e.getMessage(), page.bodyOffset, e);
        }
    }

    /**
     * The timestamps of a time block: exactly as many as the page's statistics count, which is
     * checked against {@link ReaderOptions#maxPagePoints()} before anything is allocated, because
     * some time encodings expand without bound (a TS_2DIFF block of regular timestamps costs its
     * header only). TS_2DIFF blocks end on byte boundaries with nothing after the last one, so
     * for it bytes left over mean the statistics count is wrong.
     */
    long[] decodeTimes(LongDecoder decoder, int encodingId, ByteBuffer block, long expected, String what,
                       long offset) throws CorruptTsFileException {
        long[] times = new long[checkedCount(expected, what, offset)];
        decodeTimesInto(decoder, encodingId, block, times.length, what, offset, times, 0);
        return times;
    }

    /** The page's point count from its statistics, checked against {@link ReaderOptions#maxPagePoints()}. */
    int checkedCount(long expected, String what, long offset) throws CorruptTsFileException {
        if (expected < 0 || expected > maxPagePoints) {
            throw new CorruptTsFileException(what + ": statistics count " + expected + " is outside 0.."
                    + maxPagePoints + " points per page", offset);
        }
        return (int) expected;
    }

    /**
     * Like {@link #decodeTimes}, into {@code out[at .. at + count)} ({@code count} checked by
     * {@link #checkedCount}), for callers gathering the times of many pages in one array.
     */
    void decodeTimesInto(LongDecoder decoder, int encodingId, ByteBuffer block, int count, String what,
                         long offset, long[] out, int at) throws CorruptTsFileException {
        long[] times = out;
        try {
            decoder.decode(block, times, at, count);
        } catch (RuntimeException e) {
            throw new CorruptTsFileException(what + ": cannot decode the " + count + " timestamps its statistics"
                    + " count: " + describe(e), offset, e);
        }
        if (encodingId == EncodingIds.TS_2DIFF && block.hasRemaining()) {
            throw new CorruptTsFileException(what + ": statistics count " + count + " but " + block.remaining()
                    + " bytes of timestamps follow them", offset);
        }
    }

    /** Exactly {@code count} values of {@code type} encoded with {@code encodingId}. */
    Object decodeValues(int encodingId, DataType type, ByteBuffer in, int count, String what, long offset)
            throws TsFileException {
        Object decoder = codecs.decoder(encodingId, EncodingRules.kindOf(type), what);
        try {
            switch (type) {
                case BOOLEAN: {
                    boolean[] v = new boolean[count];
                    ((BooleanDecoder) decoder).decode(in, v, 0, count);
                    return v;
                }
                case INT32:
                case DATE: {
                    int[] v = new int[count];
                    ((IntDecoder) decoder).decode(in, v, 0, count);
                    return v;
                }
                case INT64:
                case TIMESTAMP: {
                    long[] v = new long[count];
                    ((LongDecoder) decoder).decode(in, v, 0, count);
                    return v;
                }
                case FLOAT: {
                    float[] v = new float[count];
                    ((FloatDecoder) decoder).decode(in, v, 0, count);
                    return v;
                }
                case DOUBLE: {
                    double[] v = new double[count];
                    ((DoubleDecoder) decoder).decode(in, v, 0, count);
                    return v;
                }
                default: {
                    byte[][] v = new byte[count][];
                    ((BinaryDecoder) decoder).decode(in, v, 0, count);
                    return v;
                }
            }
        } catch (RuntimeException e) {
            throw new CorruptTsFileException(what + ": cannot decode " + count + " " + type + " values: " + describe(e),
                    offset, e);
        } catch (OutOfMemoryError e) {
            throw outOfMemory(what, count + " " + type + " values", offset, e);
        }
    }

    /**
     * A decoder that trusts a corrupt count in its stream may try to allocate a huge array; that
     * single allocation fails without exhausting the heap, so the page is reported as corrupt
     * rather than the error escaping to the tool user.
     */
    private static CorruptTsFileException outOfMemory(String what, String content, long offset, OutOfMemoryError e) {
        return new CorruptTsFileException(what + ": decoding " + content + " needed more memory than available"
                + " (the page's encoded counts are probably corrupt)", offset, e);
    }

    private static String describe(RuntimeException e) {
        if (e instanceof CodecException) {
            return e.getMessage();
        }
        return e.getClass().getSimpleName() + (e.getMessage() == null ? "" : " " + e.getMessage());
    }

    /** A new value array of {@code type} with {@code n} slots (for scattering aligned values). */
    static Object newArray(DataType type, int n) {
        switch (type) {
            case BOOLEAN:
                return new boolean[n];
            case INT32:
            case DATE:
                return new int[n];
            case INT64:
            case TIMESTAMP:
                return new long[n];
            case FLOAT:
                return new float[n];
            case DOUBLE:
                return new double[n];
            default:
                return new byte[n][];
        }
    }
}
