package org.orrery.tsfile.internal.write;

import org.orrery.codec.api.ByteSink;

/**
 * What every column writer of one file writer shares: the page limits and the scratch buffers
 * pages are encoded into before compression (the writer is single-threaded, so one set serves
 * all columns and nothing is allocated per page but the compressed bytes).
 */
final class PageContext {
    final int maxPointsPerPage;
    final int pageSizeBytes;
    /** The encoded time block of a page. */
    final ByteSink timeBlock = new ByteSink(8 * 1024);
    /** The uncompressed page body. */
    final ByteSink page = new ByteSink(64 * 1024);

    PageContext(int maxPointsPerPage, int pageSizeBytes) {
        this.maxPointsPerPage = maxPointsPerPage;
        this.pageSizeBytes = pageSizeBytes;
    }
}
