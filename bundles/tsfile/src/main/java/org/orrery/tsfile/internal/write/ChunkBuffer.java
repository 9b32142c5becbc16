package org.orrery.tsfile.internal.write;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.orrery.codec.api.ByteSink;
import org.orrery.tsfile.internal.format.ChunkHeader;
import org.orrery.tsfile.internal.format.ChunkMetadata;
import org.orrery.tsfile.internal.format.MetaMarker;
import org.orrery.tsfile.internal.format.PageHeader;
import org.orrery.tsfile.stats.Statistics;
import org.orrery.tsfile.stats.TimeStatistics;

/**
 * The sealed pages of one chunk until its chunk group is flushed: compressed bodies in one
 * reused buffer plus each page's sizes and statistics. Page headers are produced only when the
 * chunk is written, because whether they carry statistics depends on the final page count (a
 * single-page chunk stores none, the format's way of not repeating the chunk statistics).
 */
final class ChunkBuffer {
    private final ByteSink bodies = new ByteSink(1024);
    private final List<PageRecord> pages = new ArrayList<>();
    private Statistics statistics;

    ChunkBuffer(Statistics emptyStatistics) {
        this.statistics = emptyStatistics;
    }

    void addPage(int uncompressedSize, byte[] compressed, Statistics pageStatistics) {
        pages.add(new PageRecord(uncompressedSize, compressed.length, pageStatistics));
        bodies.write(compressed);
        statistics.merge(pageStatistics);
    }

    /** Adds the one-byte page of an aligned value column whose rows in this page are all null. */
    void addEmptyPage() {
        pages.add(PageRecord.EMPTY);
    }

    int pageCount() {
        return pages.size();
    }

    /** Chunk statistics: the merge of all page statistics. */
    Statistics statistics() {
        return statistics;
    }

    long bufferedBytes() {
        return bodies.size() + 32L * pages.size();
    }

    /**
     * Writes the chunk header and pages, or only a header with data size 0 when no page has a
     * value (an aligned value column without values in this chunk group).
     *
     * @param columnMask 0, {@link MetaMarker#TIME_COLUMN_MASK} or {@link MetaMarker#VALUE_COLUMN_MASK}
     */
    ChunkMetadata writeTo(TsFileOutput out, ByteSink scratch, byte columnMask, String measurementId, byte dataTypeId,
                          byte compressionId, byte encodingId) throws IOException {
        long offset = out.position();
        boolean hasValues = statistics.count() > 0;
        boolean single = !hasValues || pages.size() <= 1;
        scratch.reset();
        int[] headerEnds = new int[pages.size()];
        if (hasValues) {
            for (int i = 0; i < pages.size(); i++) {
                PageRecord p = pages.get(i);
                if (p.isEmpty()) {
                    PageHeader.writeEmpty(scratch);
                } else {
                    PageHeader.write(scratch, p.uncompressedSize, p.compressedSize, single ? null : p.statistics);
                }
                headerEnds[i] = scratch.size();
            }
        }
        int dataSize = hasValues ? scratch.size() + bodies.size() : 0;
        byte marker = (byte) ((single ? MetaMarker.ONLY_ONE_PAGE_CHUNK_HEADER : MetaMarker.CHUNK_HEADER) | columnMask);
        int headersEnd = scratch.size();
        ChunkHeader.write(scratch, marker, measurementId, dataSize, dataTypeId, compressionId, encodingId);
        out.write(scratch.array(), headersEnd, scratch.size() - headersEnd);
        if (hasValues) {
            int headerStart = 0;
            int bodyStart = 0;
            for (int i = 0; i < pages.size(); i++) {
                out.write(scratch.array(), headerStart, headerEnds[i] - headerStart);
                headerStart = headerEnds[i];
                int len = pages.get(i).compressedSize;
                out.write(bodies.array(), bodyStart, len);
                bodyStart += len;
            }
        }
        return new ChunkMetadata(offset, statistics);
    }

    /** Empties the buffer for the next chunk, keeping the allocated body buffer. */
    void reset() {
        bodies.reset();
        pages.clear();
        statistics = statistics.dataType() == null ? new TimeStatistics() : Statistics.forType(statistics.dataType());
    }

    private static final class PageRecord {
        static final PageRecord EMPTY = new PageRecord(0, 0, null);

        final int uncompressedSize;
        final int compressedSize;
        final Statistics statistics;

        PageRecord(int uncompressedSize, int compressedSize, Statistics statistics) {
            this.uncompressedSize = uncompressedSize;
            this.compressedSize = compressedSize;
            this.statistics = statistics;
        }

        boolean isEmpty() {
            return uncompressedSize == 0;
        }
    }
}
