package org.orrery.tsfile.stats;

import org.orrery.common.type.DataType;

/**
 * Base of the per-type statistics: count and the time range of the points seen. Subclasses add
 * the value summaries of their type. Instances are mutable accumulators and not thread-safe.
 */
public abstract class Statistics {
    private long count;
    private long startTime = Long.MAX_VALUE;
    private long endTime = Long.MIN_VALUE;

    protected Statistics() {
    }

    /** Empty statistics for values of {@code type}. */
    public static Statistics forType(DataType type) {
        switch (type) {
            case BOOLEAN:
                return new BooleanStatistics();
            case INT32:
            case DATE:
                return new IntStatistics(type);
            case INT64:
            case TIMESTAMP:
                return new LongStatistics(type);
            case FLOAT:
                return new FloatStatistics();
            case DOUBLE:
                return new DoubleStatistics();
            case TEXT:
                return new TextStatistics();
            case STRING:
                return new StringStatistics();
            case BLOB:
                return new BlobStatistics();
            default:
                throw new IllegalArgumentException("no statistics for data type " + type);
        }
    }

    /**
     * The data type these statistics summarise, or null for {@link TimeStatistics} (the time
     * column of an aligned device, which the format calls VECTOR).
     */
    public abstract DataType dataType();

    /** Number of points (non-null values). */
    public final long count() {
        return count;
    }

    public final boolean isEmpty() {
        return count == 0;
    }

    /** Smallest timestamp, {@code Long.MAX_VALUE} when empty. */
    public final long startTime() {
        return startTime;
    }

    /** Largest timestamp, {@code Long.MIN_VALUE} when empty. */
    public final long endTime() {
        return endTime;
    }

    /** True if some point may lie in {@code [from, to]} (both inclusive). */
    public final boolean overlaps(long from, long to) {
        return count > 0 && startTime <= to && endTime >= from;
    }

    /** Records one point's timestamp; subclasses call it from their value updates. */
    protected final void recordTime(long time) {
        count++;
        if (time < startTime) {
            startTime = time;
        }
        if (time > endTime) {
            endTime = time;
        }
    }

    /** Records {@code n} points whose timestamps span {@code first..last} (ascending input). */
    protected final void recordTimes(long first, long last, int n) {
        count += n;
        if (first < startTime) {
            startTime = first;
        }
        if (last > endTime) {
            endTime = last;
        }
    }

    /** Sets the common fields when restoring statistics read from a file. */
    protected final void restoreCommon(long count, long startTime, long endTime) {
        if (count < 0) {
            throw new IllegalArgumentException("negative statistics count " + count);
        }
        this.count = count;
        this.startTime = startTime;
        this.endTime = endTime;
    }

    /**
     * Adds {@code other} (of the same class and type), which covers points after the ones already
     * summarised, e.g. the next page of a chunk.
     *
     * @throws IllegalArgumentException if the types differ
     */
    public final void merge(Statistics other) {
        if (other.getClass() != getClass() || other.dataType() != dataType()) {
            throw new IllegalArgumentException("cannot merge statistics of " + other.typeName() + " into " + typeName());
        }
        if (other.count == 0) {
            return;
        }
        if (count == 0) {
            copyValues(other);
        } else {
            mergeValues(other, other.startTime < startTime, other.endTime >= endTime);
        }
        count += other.count;
        startTime = Math.min(startTime, other.startTime);
        endTime = Math.max(endTime, other.endTime);
    }

    /** Takes over the value summaries of {@code other} (this is empty). */
    protected abstract void copyValues(Statistics other);

    /**
     * Folds the value summaries of non-empty {@code other} into this non-empty one.
     *
     * @param otherHasFirst whether {@code other} starts earlier (then its first value wins)
     * @param otherHasLast whether {@code other} ends at or after this (then its last value wins)
     */
    protected abstract void mergeValues(Statistics other, boolean otherHasFirst, boolean otherHasLast);

    /** An independent copy. */
    public final Statistics copy() {
        Statistics c = newEmpty();
        c.merge(this);
        return c;
    }

    /** Empty statistics of the same class and type. */
    protected abstract Statistics newEmpty();

    protected final String typeName() {
        return dataType() == null ? "VECTOR" : dataType().name();
    }

    /** The value summaries for {@link #toString()}, e.g. {@code min=1 max=5}. */
    protected abstract String valuesToString();

    protected final boolean sameCommon(Statistics o) {
        return o != null && o.getClass() == getClass() && o.dataType() == dataType() && o.count == count
                && o.startTime == startTime && o.endTime == endTime;
    }

    protected final int commonHash() {
        return Long.hashCode(count) * 31 + Long.hashCode(startTime) * 17 + Long.hashCode(endTime);
    }

    @Override
    public String toString() {
        String values = valuesToString();
        return typeName() + "{count=" + count + " start=" + startTime + " end=" + endTime
                + (values.isEmpty() ? "" : " " + values) + "}";
    }
}
