package org.orrery.tsfile.read;

import java.util.List;

/**
 * Rows of an aligned device from one page (after the time filter): ascending timestamps and one
 * column per requested measurement, in request order, with nulls where a row has no value. Rows
 * whose requested values are all null are included (the time column has them).
 */
public final class AlignedBatch {
    private final long[] times;
    private final int size;
    private final List<Column> columns;

    AlignedBatch(long[] times, int size, List<Column> columns) {
        this.times = times;
        this.size = size;
        this.columns = columns;
    }

    public int size() {
        return size;
    }

    /** Timestamps; the array may be longer than {@link #size()}. */
    public long[] times() {
        return times;
    }

    public List<Column> columns() {
        return columns;
    }

    public Column column(int i) {
        return columns.get(i);
    }
}
