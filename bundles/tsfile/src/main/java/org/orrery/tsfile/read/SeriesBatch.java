package org.orrery.tsfile.read;

/**
 * Points of one series from one page (after the time filter): ascending timestamps and the values
 * at the same positions, never null.
 */
public final class SeriesBatch {
    private final long[] times;
    private final Column values;

    SeriesBatch(long[] times, Column values) {
        this.times = times;
        this.values = values;
    }

    public int size() {
        return values.size();
    }

    /** Timestamps; the array may be longer than {@link #size()}. */
    public long[] times() {
        return times;
    }

    public Column values() {
        return values;
    }
}
