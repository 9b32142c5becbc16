package org.orrery.codec.api;

import java.util.Collection;
import java.util.Optional;
import org.osgi.annotation.versioning.ProviderType;

/**
 * Finds the encodings and compressors available right now, by the id a file stores or by name.
 * Lookups that fail throw {@link CodecNotFoundException} with one of the exact messages listed
 * there, e.g. {@code codec bundle missing: ZSTD} when the file names ZSTD but its bundle is not
 * installed. Thread-safe; the set of codecs may change at any time (bundles come and go).
 */
@ProviderType
public interface CodecRegistry {
    /** The encoding with persisted id {@code id}. */
    Encoding encoding(int id);

    /** The encoding called {@code name} (case-insensitive). */
    Encoding encoding(String name);

    /** The compressor with persisted id {@code id}. */
    Compressor compressor(int id);

    /** The compressor called {@code name} (case-insensitive). */
    Compressor compressor(String name);

    Optional<Encoding> findEncoding(int id);

    Optional<Compressor> findCompressor(int id);

    /** A snapshot of the encodings available now, ordered by id. */
    Collection<Encoding> encodings();

    /** A snapshot of the compressors available now, ordered by id. */
    Collection<Compressor> compressors();
}
