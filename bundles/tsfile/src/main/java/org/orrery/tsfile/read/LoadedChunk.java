package org.orrery.tsfile.read;

import java.util.List;
import org.orrery.common.type.DataType;
import org.orrery.tsfile.internal.format.ChunkHeader;
import org.orrery.tsfile.internal.format.PageHeader;
import org.orrery.tsfile.stats.Statistics;

/**
 * A chunk read from the file: header, the bytes of its pages, and the parsed page headers; or,
 * kept in a {@link MetadataCache}, the headers only ({@link #data} null), whose page bodies are
 * read from the file one at a time ({@link #page}).
 */
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

    /** The same chunk without its bytes (immutable, so readers on any thread may share it). */
    LoadedChunk withoutData() {
        return new LoadedChunk(where, offset, header, type, null, pages);
    }

    /**
     * The chunk and page to decode page {@code page} from: this chunk when it holds its bytes,
     * else a one-page chunk over the page's body read from {@code file}.
     */
    LoadedChunk withBodyOf(Page page, FileStructure file) throws java.io.IOException {
        if (data != null || page.header.isEmpty()) {
            return this;
        }
        int length = page.header.compressedSize();
        byte[] body = file.read(page.bodyOffset, page.bodyOffset + length, "page body of " + where).array();
        Page rebased = new Page(page.header, 0, page.bodyOffset, page.statistics);
        return new LoadedChunk(where, offset, header, type, body, List.of(rebased));
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
