/**
 * Writing TsFiles: {@link org.orrery.tsfile.write.TsFileWriter} takes whole
 * {@link org.orrery.tsfile.write.Tablet}s (a device's timestamps and typed value columns with
 * null bitmaps) and produces format v4 files that the official Apache TsFile library reads.
 *
 * <p>Lifecycle: create the writer, {@code registerDevice} each device (aligned or not, with its
 * measurements' types, encodings and compressions), {@code write} tablets in increasing time per
 * series, optionally {@code flush} to end the current chunk groups, then {@code close} to write
 * the index, bloom filter and tail.
 */
@Version("1.0.0")
package org.orrery.tsfile.write;

import org.osgi.annotation.versioning.Version;
