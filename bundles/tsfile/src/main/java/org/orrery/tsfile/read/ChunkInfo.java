package org.orrery.tsfile.read;

import org.orrery.tsfile.stats.Statistics;

/** A chunk as the index describes it: file offset and statistics (no data read). */
public final class ChunkInfo {
    private final long offset;
    private final Statistics statistics;

    ChunkInfo(long offset, Statistics statistics) {
        this.offset = offset;
        this.statistics = statistics;
    }

    /** File offset of the chunk header. */
    public long offset() {
        return offset;
    }

    public Statistics statistics() {
        return statistics;
    }
}
