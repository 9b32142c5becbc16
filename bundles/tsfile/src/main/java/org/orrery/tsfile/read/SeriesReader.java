package org.orrery.tsfile.read;

import java.io.IOException;
import org.orrery.common.type.DataType;

/**
 * Reads one series page by page: {@link #next()} returns batches of points (non-null values,
 * ascending time; timestamps only when opened without values) until it returns null. Not
 * thread-safe; valid while its file reader is open.
 */
public final class SeriesReader {
    private final DataType type;
    private final SeriesPages plain;
    private final AlignedPages aligned;

    SeriesReader(DataType type, SeriesPages plain, AlignedPages aligned) {
        this.type = type;
        this.plain = plain;
        this.aligned = aligned;
    }

    static SeriesReader empty(DataType type) {
        return new SeriesReader(type, null, null);
    }

    public DataType type() {
        return type;
    }

    /** The next batch, or null when the series (within the time range) is exhausted. */
    public SeriesBatch next() throws IOException {
        if (plain != null) {
            return plain.next();
        }
        if (aligned == null) {
            return null;
        }
        while (true) {
            AlignedBatch rows = aligned.next();
            if (rows == null) {
                return null;
            }
            Column col = rows.column(0);
            if (!col.hasNulls()) {
                return new SeriesBatch(rows.times(), col);
            }
            int count = col.nonNullCount();
            if (count == 0) {
                continue;
            }
            boolean[] nulls = new boolean[rows.size()];
            long[] times = new long[count];
            for (int r = 0, k = 0; r < rows.size(); r++) {
                nulls[r] = col.isNull(r);
                if (!nulls[r]) {
                    times[k++] = rows.times()[r];
                }
            }
            Object values = col.values() == null
                    ? null : ColumnArrays.gather(col.values(), nulls, 0, rows.size(), count);
            return new SeriesBatch(times, new Column(col.type(), count, values, null));
        }
    }
}
