package org.orrery.tsfile.read;

import java.io.IOException;

/**
 * Reads columns of an aligned device page by page: {@link #next()} returns row batches until it
 * returns null. Not thread-safe; valid while its file reader is open.
 */
public final class AlignedReader {
    private final AlignedPages pages;

    AlignedReader(AlignedPages pages) {
        this.pages = pages;
    }

    /** The next batch of rows, or null when the device (within the time range) is exhausted. */
    public AlignedBatch next() throws IOException {
        return pages == null ? null : pages.next();
    }
}
