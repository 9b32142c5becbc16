/**
 * Statistics that TsFile keeps per page, per chunk and per series: point count, first and last
 * timestamp, and by type min, max, first, last and sum. Readers use them to skip data and to
 * answer aggregations without decoding; writers compute them from the values they are given.
 *
 * <p>The semantics follow Apache TsFile exactly, because files carry them: min and max use the
 * Java {@code <} and {@code >} of the primitive (so NaN becomes min or max only as the first
 * value), first/last follow time order, INT32 sums are {@code long}, INT64 and floating sums are
 * {@code double}, and merged statistics add sums in merge order.
 */
@Version("1.0.0")
package org.orrery.tsfile.stats;

import org.osgi.annotation.versioning.Version;
