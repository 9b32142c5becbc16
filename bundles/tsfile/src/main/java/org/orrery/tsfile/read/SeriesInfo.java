package org.orrery.tsfile.read;

import org.orrery.common.type.DataType;
import org.orrery.tsfile.DeviceId;
import org.orrery.tsfile.stats.Statistics;

/** A series as the index describes it: type, statistics over the whole file, number of chunks. */
public final class SeriesInfo {
    private final DeviceId device;
    private final String measurement;
    private final DataType type;
    private final boolean aligned;
    private final Statistics statistics;
    private final int chunkCount;

    SeriesInfo(DeviceId device, String measurement, DataType type, boolean aligned, Statistics statistics,
               int chunkCount) {
        this.device = device;
        this.measurement = measurement;
        this.type = type;
        this.aligned = aligned;
        this.statistics = statistics;
        this.chunkCount = chunkCount;
    }

    public DeviceId device() {
        return device;
    }

    public String measurement() {
        return measurement;
    }

    public DataType type() {
        return type;
    }

    /** Whether the series is a value column of an aligned device. */
    public boolean isAligned() {
        return aligned;
    }

    /** Statistics of the series in this file (a copy; counts non-null values). */
    public Statistics statistics() {
        return statistics;
    }

    public int chunkCount() {
        return chunkCount;
    }

    @Override
    public String toString() {
        return device + "." + measurement + " " + type + " " + statistics;
    }
}
