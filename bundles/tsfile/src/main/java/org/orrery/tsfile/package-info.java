/**
 * Apache TsFile (format v4, reading v3 too) for Orrery: the types shared by the writer
 * ({@link org.orrery.tsfile.write}), the reader ({@link org.orrery.tsfile.read}), the statistics
 * ({@link org.orrery.tsfile.stats}) and the tools ({@link org.orrery.tsfile.tool}).
 *
 * <p>Files are byte-compatible with the official Apache TsFile 2.x library in both directions; the
 * codecs come from a {@link org.orrery.codec.api.CodecRegistry}, so a file that needs a codec
 * whose bundle is absent fails with {@code codec bundle missing: <NAME>}.
 */
@Version("1.0.0")
package org.orrery.tsfile;

import org.osgi.annotation.versioning.Version;
