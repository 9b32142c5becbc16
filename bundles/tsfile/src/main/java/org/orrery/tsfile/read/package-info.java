/**
 * Reading TsFiles (format v4 and v3): {@link org.orrery.tsfile.read.TsFileReader} lists devices
 * and series with their statistics from the index alone, and reads a series or an aligned
 * device's columns as primitive column batches, one page at a time. A {@link
 * org.orrery.tsfile.read.TimeRange} skips whole files (bloom filter, series statistics), chunks
 * and pages by their statistics without loading or decoding them; {@link
 * org.orrery.tsfile.read.ReadCounters} shows what was skipped and decoded.
 *
 * <p>Every failure is a {@link org.orrery.tsfile.TsFileException} (checked) whose message names the
 * file, the offset and what is wrong; corrupt lengths never cause allocations beyond the file
 * size or the configured page limit.
 */
@Version("1.0.0")
package org.orrery.tsfile.read;

import org.osgi.annotation.versioning.Version;
