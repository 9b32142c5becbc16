package org.orrery.tsfile.read;

/**
 * Points of one series from one page (after the time filter): ascending timestamps and the values
 * at the same positions, never null; or, when read without values ({@link #hasValues()} false),
 * the timestamps only.
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

    /**
     * The values; when the batch was read without values the column has its type and size but
     * {@link Column#values()} is null.
     */
    public Column values() {
        return values;
    }

    /** False for a batch read without values ({@link ChunkPages#decodeTimes}, or a times-only read). */
    public boolean hasValues() {
        return values.values() != null;
    }
}
