package org.orrery.tsfile.read;

import java.util.List;
import org.orrery.common.type.DataType;
import org.orrery.tsfile.internal.format.ChunkHeader;
import org.orrery.tsfile.internal.format.PageHeader;
import org.orrery.tsfile.stats.Statistics;

/** A chunk read from the file: header, the bytes of its pages, and the parsed page headers. */
final class LoadedChunk {
    final String where;
    final long offset;
    final ChunkHeader header;
    final DataType type;
    final byte[] data;
    final List<Page> pages;

    LoadedChunk(String where, long offset, ChunkHeader header, DataType type, byte[] data, List<Page> pages) {
        this.where = where;
        this.offset = offset;
        this.header = header;
        this.type = type;
        this.data = data;
        this.pages = pages;
    }

    /** One page: its header, where its (compressed) body is in {@link #data}, its statistics. */
    static final class Page {
        final PageHeader header;
        final int bodyStart;
        final long bodyOffset;
        /** Page statistics; in a single-page chunk the chunk's. Null for an empty page. */
        final Statistics statistics;

        Page(PageHeader header, int bodyStart, long bodyOffset, Statistics statistics) {
            this.header = header;
            this.bodyStart = bodyStart;
            this.bodyOffset = bodyOffset;
            this.statistics = statistics;
        }
    }
}
