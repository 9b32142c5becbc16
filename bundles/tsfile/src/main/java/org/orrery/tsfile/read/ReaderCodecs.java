package org.orrery.tsfile.read;

import java.util.HashMap;
import java.util.Map;
import org.orrery.codec.api.CodecException;
import org.orrery.codec.api.CodecOptions;
import org.orrery.codec.api.CodecRegistry;
import org.orrery.codec.api.CompressionIds;
import org.orrery.codec.api.Compressor;
import org.orrery.codec.api.EncodingIds;
import org.orrery.codec.api.LongDecoder;
import org.orrery.codec.api.ValueKind;
import org.orrery.tsfile.TsFileException;

/**
 * Decoders and compressors of one reader, looked up by the ids the file stores. Decoders are not
 * thread-safe but keep nothing between pages, so one per (encoding, kind) serves all columns of
 * this (single-threaded) reader. A missing codec fails with the registry's "codec bundle
 * missing: NAME" plus the chunk that needs it.
 */
final class ReaderCodecs {
    private final CodecRegistry registry;
    private final Map<Integer, Object> decoders = new HashMap<>();
    private final Map<Integer, Compressor> compressors = new HashMap<>();

    ReaderCodecs(CodecRegistry registry) {
        this.registry = registry;
    }

    /** @param where names the page or chunk (with the file) for the message if the codec is missing */
    Object decoder(int encodingId, ValueKind<?, ?> kind, String where) throws TsFileException {
        int key = (encodingId << 4) | ValueKind.values().indexOf(kind);
        Object d = decoders.get(key);
        if (d == null) {
            try {
                d = registry.encoding(encodingId).newDecoder(kind, CodecOptions.DEFAULTS);
            } catch (CodecException e) {
                throw new TsFileException(e.getMessage() + " (needed by " + where + ")", e);
            }
            decoders.put(key, d);
        }
        return d;
    }

    /** The decoder of non-aligned timestamps, which the format always encodes with TS_2DIFF. */
    LongDecoder timeDecoder(String where) throws TsFileException {
        return (LongDecoder) decoder(EncodingIds.TS_2DIFF, ValueKind.INT64, where);
    }

    /** The compressor with {@code id}, or null for UNCOMPRESSED (no codec needed). */
    Compressor compressor(int id, String where) throws TsFileException {
        if (id == CompressionIds.UNCOMPRESSED) {
            return null;
        }
        Compressor c = compressors.get(id);
        if (c == null) {
            try {
                c = registry.compressor(id);
            } catch (CodecException e) {
                throw new TsFileException(e.getMessage() + " (needed by " + where + ")", e);
            }
            compressors.put(id, c);
        }
        return c;
    }
}
