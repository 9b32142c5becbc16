package org.orrery.tsfile.internal.write;

import java.util.ArrayList;
import java.util.List;
import org.orrery.tsfile.internal.format.ChunkMetadata;
import org.orrery.tsfile.stats.Statistics;

/** What the index will say about one series: its chunks so far and their merged statistics. */
final class SeriesIndex {
    final String measurementId;
    final byte dataTypeId;
    final byte columnMask;
    final List<ChunkMetadata> chunks = new ArrayList<>();
    final Statistics statistics;

    SeriesIndex(String measurementId, byte dataTypeId, byte columnMask, Statistics emptyStatistics) {
        this.measurementId = measurementId;
        this.dataTypeId = dataTypeId;
        this.columnMask = columnMask;
        this.statistics = emptyStatistics;
    }

    void add(ChunkMetadata chunk) {
        chunks.add(chunk);
        statistics.merge(chunk.statistics());
    }
}
