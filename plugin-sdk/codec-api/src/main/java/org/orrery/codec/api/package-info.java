/**
 * Codec API: value encodings and page compressors of the TsFile format as services keyed by the
 * stable one-byte id that a TsFile chunk header persists.
 *
 * <p>Lifecycle: an {@link org.orrery.codec.api.Encoding} or {@link org.orrery.codec.api.Compressor}
 * is a thread-safe, stateless service (an OSGi DS component with the properties in
 * {@link org.orrery.codec.api.CodecProperties}, or a {@code META-INF/services} entry outside OSGi).
 * A reader or writer looks it up in a {@link org.orrery.codec.api.CodecRegistry} by the id it
 * reads from (or will write to) disk, then asks the encoding for one encoder or decoder per
 * column; those are not thread-safe and are reused page after page by one thread.
 *
 * <p>Encoders work a page at a time: they take a whole page's primitive values and append the
 * complete, flushed value stream to a {@link org.orrery.codec.api.ByteSink}. Decoders take the
 * page's bytes and fill primitive arrays. Nothing on this path boxes values.
 *
 * <p>Ids 0..63 are the TsFile format's own ({@link org.orrery.codec.api.EncodingIds},
 * {@link org.orrery.codec.api.CompressionIds}); {@value org.orrery.codec.api.CodecIds#PLUGIN_MIN}..
 * {@value org.orrery.codec.api.CodecIds#PLUGIN_MAX} are reserved for third-party codec plugins.
 */
@Version("1.0.0")
package org.orrery.codec.api;

import org.osgi.annotation.versioning.Version;
