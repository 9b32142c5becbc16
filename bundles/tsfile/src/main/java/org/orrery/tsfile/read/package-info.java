/**
 * Reading TsFiles (format v4 and v3): {@link org.orrery.tsfile.read.TsFileReader} lists devices
 * and series with their statistics from the index alone, and reads a series or an aligned
 * device's columns as primitive column batches, one page at a time. A {@link
 * org.orrery.tsfile.read.TimeRange} skips whole files (bloom filter, series statistics), chunks
 * and pages by their statistics without loading or decoding them; {@link
 * org.orrery.tsfile.read.ReadCounters} shows what was skipped and decoded. Readers that only
 * need to know where points are (counting) read timestamps alone ({@code readTimes}, or the
 * {@code withValues = false} forms), and readers opened with a shared {@link
 * org.orrery.tsfile.read.MetadataCache} skip re-reading the file metadata and index.
 *
 * <p>Every failure is a {@link org.orrery.tsfile.TsFileException} (checked) whose message names the
 * file, the offset and what is wrong; corrupt lengths never cause allocations beyond the file
 * size or the configured page limit.
 */
@Version("1.1.0")
package org.orrery.tsfile.read;

import org.osgi.annotation.versioning.Version;
