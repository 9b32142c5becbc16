package org.orrery.tsfile.internal.write;

import java.util.HashMap;
import java.util.Map;
import org.orrery.codec.api.CodecException;
import org.orrery.codec.api.CodecOptions;
import org.orrery.codec.api.CodecRegistry;
import org.orrery.codec.api.Compressor;
import org.orrery.codec.api.Encoding;
import org.orrery.codec.api.LongEncoder;
import org.orrery.codec.api.ValueKind;
import org.orrery.common.type.DataType;
import org.orrery.tsfile.TsFileException;
import org.orrery.tsfile.internal.format.EncodingRules;

/**
 * Resolves the writer's encodings and compressors in the registry and hands out encoders. The
 * writer is single-threaded and encoders keep no values between pages, so one encoder per
 * (encoding, kind) serves every column: memory stays flat with many series.
 */
public final class WriterCodecs {
    private final CodecRegistry registry;
    private final CodecOptions options;
    private final Map<String, Object> encoders = new HashMap<>();

    public WriterCodecs(CodecRegistry registry, CodecOptions options) {
        this.registry = registry;
        this.options = options;
    }

    /**
     * The encoding called {@code name} for a column of {@code type}.
     *
     * @throws TsFileException naming the column if the codec bundle is missing or the format does
     *         not allow the encoding for the type
     */
    public Encoding encoding(String name, DataType type, String column) throws TsFileException {
        Encoding e;
        try {
            e = registry.encoding(name);
        } catch (CodecException ex) {
            throw new TsFileException(ex.getMessage() + " (encoding of " + column + ")", ex);
        }
        if (!EncodingRules.allows(type, e.id()) || !e.supports(EncodingRules.kindOf(type))) {
            throw new TsFileException("encoding " + e.name() + " is not allowed for " + type + " (column " + column
                    + ")");
        }
        return e;
    }

    /** The compressor called {@code name}; fails naming the column if its bundle is missing. */
    public Compressor compressor(String name, String column) throws TsFileException {
        try {
            return registry.compressor(name);
        } catch (CodecException ex) {
            if (name.equalsIgnoreCase(NoCompression.INSTANCE.name())) {
                return NoCompression.INSTANCE;
            }
            throw new TsFileException(ex.getMessage() + " (compression of " + column + ")", ex);
        }
    }

    /** The shared encoder of {@code encoding} for values of {@code type}. */
    public Object encoder(Encoding encoding, DataType type) throws TsFileException {
        return encoder(encoding, EncodingRules.kindOf(type));
    }

    /** The shared INT64 encoder of {@code encoding}, for timestamps. */
    public LongEncoder timeEncoder(Encoding encoding) throws TsFileException {
        return (LongEncoder) encoder(encoding, ValueKind.INT64);
    }

    private Object encoder(Encoding encoding, ValueKind<?, ?> kind) throws TsFileException {
        String key = encoding.id() + "/" + kind.name();
        Object enc = encoders.get(key);
        if (enc == null) {
            try {
                enc = encoding.newEncoder(kind, options);
            } catch (CodecException | IllegalArgumentException ex) {
                throw new TsFileException("cannot create " + encoding.name() + " encoder for " + kind + ": "
                        + ex.getMessage(), ex);
            }
            encoders.put(key, enc);
        }
        return enc;
    }
}
