package org.orrery.tsfile.read;

import java.io.IOException;
import java.util.HashSet;
import java.util.Set;
import org.orrery.tsfile.CorruptTsFileException;
import org.orrery.tsfile.internal.format.ChunkHeader;
import org.orrery.tsfile.internal.format.DeviceIdFormat;
import org.orrery.tsfile.internal.format.FormatVersion;
import org.orrery.tsfile.internal.format.MetaMarker;
import org.orrery.tsfile.internal.io.ByteReader;

/**
 * Walks the data section from the head to {@code metaOffset} the way a recovering reader would:
 * chunk group headers, chunk headers (skipping their pages by the stated size) and operation
 * index ranges, each starting with its marker byte. Reads through the index never look at the
 * bytes between chunks, so damage there (a chunk-group marker, a device id, a chunk's declared
 * size) is only found this way. Reads one small window per header, never the pages.
 */
final class DataSectionScan {
    /** Bytes read for one header; longer headers (huge device ids) get one bigger read. */
    private static final int WINDOW = 64 * 1024;

    private DataSectionScan() {
    }

    /** The offsets of every chunk header in the data section. */
    static Set<Long> chunkOffsets(FileStructure file) throws IOException {
        Set<Long> chunks = new HashSet<>();
        long end = file.metaOffset();
        long pos = FormatVersion.HEAD_SIZE;
        while (pos < end) {
            ByteReader in = window(file, pos, end, WINDOW);
            try {
                pos = step(file, in, pos, chunks);
            } catch (CorruptTsFileException truncatedWindow) {
                if (end - pos <= WINDOW) {
                    throw truncatedWindow;
                }
                // A header longer than the window (or a damaged one): read it whole once more.
                pos = step(file, window(file, pos, end, Integer.MAX_VALUE - 8), pos, chunks);
            }
            if (pos > end) {
                throw new CorruptTsFileException(file.name() + ": data section scan: a chunk declared at offset "
                        + "before " + pos + " runs past the index start " + end, end);
            }
        }
        return chunks;
    }

    private static ByteReader window(FileStructure file, long pos, long end, int max) throws IOException {
        return file.read(pos, Math.min(end, pos + max), "data section header at offset " + pos);
    }

    /** Reads the structure starting at {@code pos}; returns the offset after it. */
    private static long step(FileStructure file, ByteReader in, long pos, Set<Long> chunks) throws IOException {
        int marker = in.array()[in.arrayPosition()] & 0xFF;
        switch (marker) {
            case MetaMarker.CHUNK_GROUP_HEADER:
                in.readByte("chunk group marker");
                DeviceIdFormat.read(in, file.version(), "chunk group device id at offset " + pos);
                return in.offset();
            case MetaMarker.OPERATION_INDEX_RANGE:
                in.readByte("operation index marker");
                in.readLong("operation index start");
                in.readLong("operation index end");
                return in.offset();
            default:
                int pageKind = marker & MetaMarker.PAGE_KIND_BITS;
                if (pageKind != MetaMarker.CHUNK_HEADER && pageKind != MetaMarker.ONLY_ONE_PAGE_CHUNK_HEADER) {
                    throw new CorruptTsFileException(file.name() + ": data section scan: unexpected marker 0x"
                            + Integer.toHexString(marker) + " at offset " + pos
                            + " (expected a chunk group, chunk or operation index marker)", pos);
                }
                ChunkHeader h = ChunkHeader.read(in);
                chunks.add(pos);
                return in.offset() + h.dataSize();
        }
    }
}
