package org.orrery.tsfile.internal.write;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.orrery.codec.api.ByteSink;
import org.orrery.codec.api.CodecException;
import org.orrery.tsfile.internal.format.ChunkHeader;
import org.orrery.tsfile.internal.format.ChunkMetadata;
import org.orrery.tsfile.internal.format.MetaMarker;
import org.orrery.tsfile.internal.format.PageHeader;
import org.orrery.tsfile.stats.Statistics;
import org.orrery.tsfile.stats.TimeStatistics;

/**
 * The sealed pages of one chunk until its chunk group is flushed: each page's compressed body,
 * sizes and statistics. A body is the array the compressor returned, kept as it is
 * ({@link org.orrery.codec.api.Compressor#compress} returns a new array of exactly the compressed
 * bytes; appending it to one growing buffer cost a copy and, as the buffer grew, over a quarter of
 * a flush's allocation). Page headers are produced only when the chunk is written, because
 * whether they carry statistics depends on the final page count (a single-page chunk stores none,
 * the format's way of not repeating the chunk statistics).
 */
final class ChunkBuffer {
    private final List<PageRecord> pages = new ArrayList<>();
    /** The total length of the pages' compressed bodies. */
    private long bodyBytes;
    private Statistics statistics;

    ChunkBuffer(Statistics emptyStatistics) {
        this.statistics = emptyStatistics;
    }

    /** Adds a sealed page; {@code compressed} is kept, so the caller must not change it afterwards. */
    void addPage(int uncompressedSize, byte[] compressed, Statistics pageStatistics) {
        pages.add(new PageRecord(uncompressedSize, compressed, pageStatistics));
        bodyBytes += compressed.length;
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
        return bodyBytes + 32L * pages.size();
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
                    PageHeader.write(scratch, p.uncompressedSize, p.body.length, single ? null : p.statistics);
                }
                headerEnds[i] = scratch.size();
            }
        }
        long chunkBytes = scratch.size() + bodyBytes;
        if (chunkBytes > Integer.MAX_VALUE) {
            // The chunk header stores the data size as an int.
            throw new CodecException("chunk of " + measurementId + " holds " + chunkBytes
                    + " bytes of pages, more than a chunk can hold (2 GiB)");
        }
        int dataSize = hasValues ? (int) chunkBytes : 0;
        byte marker = (byte) ((single ? MetaMarker.ONLY_ONE_PAGE_CHUNK_HEADER : MetaMarker.CHUNK_HEADER) | columnMask);
        int headersEnd = scratch.size();
        ChunkHeader.write(scratch, marker, measurementId, dataSize, dataTypeId, compressionId, encodingId);
        out.write(scratch.array(), headersEnd, scratch.size() - headersEnd);
        if (hasValues) {
            int headerStart = 0;
            for (int i = 0; i < pages.size(); i++) {
                out.write(scratch.array(), headerStart, headerEnds[i] - headerStart);
                headerStart = headerEnds[i];
                byte[] body = pages.get(i).body;
                out.write(body, 0, body.length);
            }
        }
        return new ChunkMetadata(offset, statistics);
    }

    /** Empties the buffer for the next chunk. */
    void reset() {
        bodyBytes = 0;
        pages.clear();
        statistics = statistics.dataType() == null ? new TimeStatistics() : Statistics.forType(statistics.dataType());
    }

    private static final class PageRecord {
        static final PageRecord EMPTY = new PageRecord(0, new byte[0], null);

        final int uncompressedSize;
        /** The compressed page body. */
        final byte[] body;
        final Statistics statistics;

        PageRecord(int uncompressedSize, byte[] body, Statistics statistics) {
            this.uncompressedSize = uncompressedSize;
            this.body = body;
            this.statistics = statistics;
        }

        boolean isEmpty() {
            return uncompressedSize == 0;
        }
    }
}
