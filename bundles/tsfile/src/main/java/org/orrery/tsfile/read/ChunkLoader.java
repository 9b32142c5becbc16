package org.orrery.tsfile.read;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.orrery.common.type.DataType;
import org.orrery.tsfile.CorruptTsFileException;
import org.orrery.tsfile.internal.format.ChunkHeader;
import org.orrery.tsfile.internal.format.ChunkMetadata;
import org.orrery.tsfile.internal.format.MetaMarker;
import org.orrery.tsfile.internal.format.PageHeader;
import org.orrery.tsfile.internal.format.TimeseriesMetadata;
import org.orrery.tsfile.internal.io.ByteReader;
import org.orrery.tsfile.stats.Statistics;

/**
 * Reads a chunk the index points to and checks that its header agrees with the index (same
 * measurement, type and column kind) and that its pages exactly fill its data size.
 */
final class ChunkLoader {
    /** Bytes read first for a chunk header; longer measurement ids take a second read. */
    private static final int HEADER_PROBE = 512;

    private final FileStructure file;
    private final ReadCounters counters;
    private final int maxPageBytes;

    ChunkLoader(FileStructure file, ReadCounters counters, int maxPageBytes) {
        this.file = file;
        this.counters = counters;
        this.maxPageBytes = maxPageBytes;
    }

    LoadedChunk load(ChunkMetadata meta, TimeseriesMetadata series, String seriesName) throws IOException {
        long offset = meta.offset();
        String where = "chunk of " + seriesName + " at offset " + offset;
        long dataEnd = file.metaOffset();
        if (offset < 7 || offset >= dataEnd) {
            throw new CorruptTsFileException(file.name() + ": " + where + " lies outside the data section 7.."
                    + dataEnd, offset);
        }
        ChunkHeader header = readHeader(offset, dataEnd, where);
        checkAgainstIndex(header, series, where, offset);
        long dataStart = offset + header.serializedSize();
        if (dataStart + header.dataSize() > dataEnd) {
            throw new CorruptTsFileException(file.name() + ": " + where + " claims " + header.dataSize()
                    + " bytes of pages, past the end of the data section at " + dataEnd, offset);
        }
        counters.chunkLoaded();
        ByteReader data = file.read(dataStart, dataStart + header.dataSize(), where);
        DataType type = series.dataType();
        boolean single = header.isSinglePage();
        List<LoadedChunk.Page> pages = new ArrayList<>(single ? 1 : 8);
        while (data.hasRemaining()) {
            String what = "page " + pages.size() + " of " + where;
            PageHeader ph = PageHeader.read(data, type, !single, maxPageBytes, what);
            int bodyStart = data.arrayPosition();
            long bodyOffset = data.offset();
            if (!ph.isEmpty()) {
                data.skip(ph.compressedSize(), what + " body");
            }
            Statistics stats = ph.isEmpty() ? null : (single ? meta.statistics() : ph.statistics());
            pages.add(new LoadedChunk.Page(ph, bodyStart, bodyOffset, stats));
        }
        if (single && pages.size() > 1) {
            throw new CorruptTsFileException(file.name() + ": " + where + " is marked single-page but holds "
                    + pages.size() + " pages", offset);
        }
        return new LoadedChunk(where, offset, header, type, data.array(), Collections.unmodifiableList(pages));
    }

    /** Reads only the header of the chunk at {@code meta} and checks it against the index. */
    ChunkHeader header(ChunkMetadata meta, TimeseriesMetadata series, String seriesName) throws IOException {
        long offset = meta.offset();
        String where = "chunk of " + seriesName + " at offset " + offset;
        if (offset < 7 || offset >= file.metaOffset()) {
            throw new CorruptTsFileException(file.name() + ": " + where + " lies outside the data section 7.."
                    + file.metaOffset(), offset);
        }
        ChunkHeader header = readHeader(offset, file.metaOffset(), where);
        checkAgainstIndex(header, series, where, offset);
        return header;
    }

    private ChunkHeader readHeader(long offset, long dataEnd, String where) throws IOException {
        long probeEnd = Math.min(dataEnd, offset + HEADER_PROBE);
        ByteReader probe = file.read(offset, probeEnd, where + " header");
        if (probeEnd < dataEnd && probe.remaining() > 1) {
            // Find the measurement id's length to see whether the whole header is in the probe:
            // marker, var-string, uvarint size (<= 5 bytes), three type bytes.
            ByteReader peek = new ByteReader(file.name(), probe.array(), 1, probe.remaining() - 1, offset + 1);
            int idLength = peek.readVarInt("chunk measurement id length");
            long needed = 1 + (peek.offset() - offset - 1) + Math.max(0, idLength) + 5 + 3;
            if (needed > probe.remaining()) {
                probe = file.read(offset, Math.min(dataEnd, offset + needed), where + " header");
            }
        }
        return ChunkHeader.read(probe);
    }

    private void checkAgainstIndex(ChunkHeader h, TimeseriesMetadata series, String where, long offset)
            throws CorruptTsFileException {
        String problem = null;
        if (!h.measurementId().equals(series.measurementId())) {
            problem = "measurement id \"" + h.measurementId() + "\" differs from the index's \""
                    + series.measurementId() + "\"";
        } else if (h.dataTypeId() != series.dataTypeId()) {
            problem = "data type id " + h.dataTypeId() + " differs from the index's " + series.dataTypeId();
        } else if (h.isTimeColumn() != series.isTimeColumn() || h.isValueColumn() != series.isValueColumn()) {
            problem = "chunk marker 0x" + Integer.toHexString(h.marker() & 0xFF)
                    + " has the wrong time/value column kind";
        }
        if (problem != null) {
            throw new CorruptTsFileException(file.name() + ": " + where + ": header " + problem, offset);
        }
        if ((h.marker() & MetaMarker.COLUMN_KIND_BITS) == MetaMarker.COLUMN_KIND_BITS) {
            throw new CorruptTsFileException(file.name() + ": " + where + ": invalid chunk marker", offset);
        }
    }
}
