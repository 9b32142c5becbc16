package org.orrery.tsfile.internal.format;

import org.orrery.tsfile.stats.Statistics;

/**
 * Where a chunk is and what it holds: the file offset of its marker byte and its statistics.
 * On disk the statistics are present only when the series has more than one chunk; with a single
 * chunk the series statistics are the chunk statistics.
 */
public final class ChunkMetadata {
    private final long offset;
    private final Statistics statistics;

    public ChunkMetadata(long offset, Statistics statistics) {
        this.offset = offset;
        this.statistics = statistics;
    }

    /** File offset of the chunk header's marker byte. */
    public long offset() {
        return offset;
    }

    public Statistics statistics() {
        return statistics;
    }
}
