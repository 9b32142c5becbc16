package org.orrery.codec.api;

import java.util.Set;
import org.osgi.annotation.versioning.ConsumerType;

/**
 * A value encoding, registered as a service keyed by its persisted id. Stateless and thread-safe;
 * it hands out encoders and decoders, which are not.
 *
 * <p>Implementations declare {@link #id()}, {@link #name()} and a {@link KindCodecs} table; the
 * remaining methods are derived from the table. Register the service with the properties of
 * {@link CodecProperties} ({@code codec.kind=encoding}) and list the class in
 * {@code META-INF/services/org.orrery.codec.api.Encoding} for use outside OSGi.
 */
@ConsumerType
public interface Encoding {
    /**
     * The id persisted in chunk headers: a format id of {@link EncodingIds}, or a plugin id in
     * {@link CodecIds#PLUGIN_MIN}..{@link CodecIds#PLUGIN_MAX}.
     */
    int id();

    /** The name, upper case, equal to the format's name for format ids (e.g. {@code TS_2DIFF}). */
    String name();

    /** The per-kind encoder/decoder factories. */
    KindCodecs codecs();

    /** The value kinds this encoding accepts. */
    default Set<ValueKind<?, ?>> supportedKinds() {
        return codecs().kinds();
    }

    default boolean supports(ValueKind<?, ?> kind) {
        return codecs().supports(kind);
    }

    /**
     * A new encoder for {@code kind}.
     *
     * @throws CodecException naming this encoding and the kind if the kind is not supported
     */
    default <E, D> E newEncoder(ValueKind<E, D> kind, CodecOptions options) {
        return codecs().newEncoder(name(), kind, options);
    }

    /**
     * A new decoder for {@code kind}.
     *
     * @throws CodecException naming this encoding and the kind if the kind is not supported
     */
    default <E, D> D newDecoder(ValueKind<E, D> kind, CodecOptions options) {
        return codecs().newDecoder(name(), kind, options);
    }
}
