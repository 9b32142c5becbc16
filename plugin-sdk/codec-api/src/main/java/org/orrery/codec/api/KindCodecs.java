package org.orrery.codec.api;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

/**
 * The per-kind encoder and decoder factories of one {@link Encoding}: the typed table an encoding
 * fills once instead of overriding one method per value kind. Immutable and thread-safe.
 *
 * <pre>{@code
 * KindCodecs.builder()
 *     .add(ValueKind.INT64, options -> new LongGorillaEncoder(), options -> new LongGorillaDecoder())
 *     .build();
 * }</pre>
 */
public final class KindCodecs {
    private final Map<ValueKind<?, ?>, Function<CodecOptions, ?>> encoders;
    private final Map<ValueKind<?, ?>, Function<CodecOptions, ?>> decoders;

    private KindCodecs(Builder b) {
        this.encoders = Collections.unmodifiableMap(new LinkedHashMap<>(b.encoders));
        this.decoders = Collections.unmodifiableMap(new LinkedHashMap<>(b.decoders));
    }

    public static Builder builder() {
        return new Builder();
    }

    /** The kinds this table has codecs for, in the order they were added. */
    public Set<ValueKind<?, ?>> kinds() {
        return encoders.keySet();
    }

    public boolean supports(ValueKind<?, ?> kind) {
        return encoders.containsKey(kind);
    }

    /**
     * A new encoder for {@code kind}.
     *
     * @param encodingName used in the error message only
     * @throws CodecException naming the encoding and kind if the kind is not supported
     */
    public <E, D> E newEncoder(String encodingName, ValueKind<E, D> kind, CodecOptions options) {
        return kind.encoderType().cast(factory(encoders, encodingName, kind).apply(options));
    }

    /** A new decoder for {@code kind}; fails like {@link #newEncoder}. */
    public <E, D> D newDecoder(String encodingName, ValueKind<E, D> kind, CodecOptions options) {
        return kind.decoderType().cast(factory(decoders, encodingName, kind).apply(options));
    }

    private static Function<CodecOptions, ?> factory(
            Map<ValueKind<?, ?>, Function<CodecOptions, ?>> table, String encodingName, ValueKind<?, ?> kind) {
        Function<CodecOptions, ?> f = table.get(kind);
        if (f == null) {
            throw new CodecException("encoding " + encodingName + " does not support value kind " + kind
                    + " (supported: " + table.keySet() + ")");
        }
        return f;
    }

    /** Collects the factories; each kind may be added once. */
    public static final class Builder {
        private final Map<ValueKind<?, ?>, Function<CodecOptions, ?>> encoders = new LinkedHashMap<>();
        private final Map<ValueKind<?, ?>, Function<CodecOptions, ?>> decoders = new LinkedHashMap<>();

        private Builder() {
        }

        public <E, D> Builder add(ValueKind<E, D> kind,
                                  Function<CodecOptions, ? extends E> encoderFactory,
                                  Function<CodecOptions, ? extends D> decoderFactory) {
            if (encoders.containsKey(kind)) {
                throw new IllegalArgumentException("value kind " + kind + " added twice");
            }
            encoders.put(kind, encoderFactory);
            decoders.put(kind, decoderFactory);
            return this;
        }

        public KindCodecs build() {
            return new KindCodecs(this);
        }
    }
}
