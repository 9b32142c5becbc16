package org.orrery.tsfile.cli;

import org.orrery.tsfile.read.Column;
import org.orrery.tsfile.read.SeriesBatch;
import org.orrery.tsfile.stats.BlobStatistics;
import org.orrery.tsfile.stats.BooleanStatistics;
import org.orrery.tsfile.stats.DoubleStatistics;
import org.orrery.tsfile.stats.FloatStatistics;
import org.orrery.tsfile.stats.IntStatistics;
import org.orrery.tsfile.stats.LongStatistics;
import org.orrery.tsfile.stats.Statistics;
import org.orrery.tsfile.stats.StringStatistics;
import org.orrery.tsfile.stats.TextStatistics;

/**
 * Statistics recomputed from decoded points, one page at a time. Writers sum a page point by
 * point and a chunk by adding its pages' sums, so {@code dump} recomputes pages first and merges
 * them in the same order: floating-point sums then come out the same as the stored ones.
 */
final class DecodedStatistics {
    private DecodedStatistics() {
    }

    /** The statistics of one batch (one page's points, ascending times, no nulls). */
    static Statistics of(SeriesBatch batch) {
        long[] times = batch.times();
        Column c = batch.values();
        int n = batch.size();
        Statistics s = Statistics.forType(c.type());
        switch (c.type()) {
            case BOOLEAN:
                ((BooleanStatistics) s).update(times, c.booleans(), 0, n);
                break;
            case INT32:
            case DATE:
                ((IntStatistics) s).update(times, c.ints(), 0, n);
                break;
            case INT64:
            case TIMESTAMP:
                ((LongStatistics) s).update(times, c.longs(), 0, n);
                break;
            case FLOAT:
                ((FloatStatistics) s).update(times, c.floats(), 0, n);
                break;
            case DOUBLE:
                ((DoubleStatistics) s).update(times, c.doubles(), 0, n);
                break;
            case TEXT:
                ((TextStatistics) s).update(times, c.binaries(), 0, n);
                break;
            case STRING:
                ((StringStatistics) s).update(times, c.binaries(), 0, n);
                break;
            case BLOB:
                ((BlobStatistics) s).update(times, 0, n);
                break;
            default:
                throw new IllegalArgumentException("no statistics for data type " + c.type());
        }
        return s;
    }
}
