package org.orrery.tsfile.read;

import java.io.EOFException;
import java.io.IOException;
import java.util.Arrays;
import org.orrery.tsfile.CorruptTsFileException;
import org.orrery.tsfile.TsFileException;
import org.orrery.tsfile.internal.format.FileMetadata;
import org.orrery.tsfile.internal.format.FormatVersion;
import org.orrery.tsfile.internal.format.MetaMarker;
import org.orrery.tsfile.internal.io.ByteReader;
import org.orrery.tsfile.internal.io.FileInput;

/**
 * An opened file whose frame is valid: head magic and version, tail magic, file metadata size and
 * block, separator at metaOffset. Every later read goes through {@link #read}, which refuses
 * ranges outside the file, so corrupt offsets and lengths cannot make it allocate more than the
 * file holds.
 */
final class FileStructure {
    private final FileInput input;
    private final String name;
    private final long size;
    private final byte version;
    private final long metadataStart;
    private final FileMetadata metadata;

    private FileStructure(FileInput input, long size, byte version, long metadataStart, FileMetadata metadata) {
        this.input = input;
        this.name = input.name();
        this.size = size;
        this.version = version;
        this.metadataStart = metadataStart;
        this.metadata = metadata;
    }

    /** The checked frame of a file, kept by a {@link MetadataCache} to open the file again without reading it. */
    record Frame(long size, byte version, long metadataStart, FileMetadata metadata) {}

    Frame frame() {
        return new Frame(size, version, metadataStart, metadata);
    }

    /** A file whose frame was checked earlier (by a reader of the same file version). */
    static FileStructure reopen(FileInput input, Frame frame) {
        return new FileStructure(input, frame.size(), frame.version(), frame.metadataStart(), frame.metadata());
    }

    static FileStructure open(FileInput input) throws IOException {
        String name = input.name();
        long size = input.size();
        byte[] magic = FormatVersion.MAGIC;
        if (size < FormatVersion.HEAD_SIZE) {
            throw new CorruptTsFileException(name + ": file too short (" + size + " bytes) to be a TsFile", 0);
        }
        byte[] head = new byte[FormatVersion.HEAD_SIZE];
        input.readFully(0, head, 0, head.length);
        if (!Arrays.equals(head, 0, magic.length, magic, 0, magic.length)) {
            throw new CorruptTsFileException(name + ": bad head magic: expected \"TsFile\" at offset 0, found bytes "
                    + hex(head, 0, magic.length), 0);
        }
        byte version = head[magic.length];
        if (version != FormatVersion.V3 && version != FormatVersion.V4) {
            throw new TsFileException(name + ": unsupported TsFile version byte " + (version & 0xFF)
                    + " at offset 6 (versions 3 and 4 are readable)");
        }
        if (size < FormatVersion.HEAD_SIZE + 1 + FormatVersion.TAIL_SIZE) {
            throw new CorruptTsFileException(name + ": incomplete TsFile: " + size
                    + " bytes leave no room for the index and tail (the writer was probably not closed)", size);
        }
        byte[] tail = new byte[FormatVersion.TAIL_SIZE];
        input.readFully(size - tail.length, tail, 0, tail.length);
        if (!Arrays.equals(tail, 4, tail.length, magic, 0, magic.length)) {
            throw new CorruptTsFileException(name + ": incomplete or truncated TsFile: tail magic \"TsFile\" missing"
                    + " (found " + hex(tail, 4, magic.length) + " at offset " + (size - magic.length)
                    + "); the writer was probably not closed", size - magic.length);
        }
        int metadataSize = ((tail[0] & 0xFF) << 24) | ((tail[1] & 0xFF) << 16) | ((tail[2] & 0xFF) << 8)
                | (tail[3] & 0xFF);
        long metadataStart = size - FormatVersion.TAIL_SIZE - (long) metadataSize;
        if (metadataSize <= 0 || metadataStart <= FormatVersion.HEAD_SIZE) {
            throw new CorruptTsFileException(name + ": bad file metadata size " + metadataSize + " at offset "
                    + (size - FormatVersion.TAIL_SIZE) + " (it would start at offset " + metadataStart + ")",
                    size - FormatVersion.TAIL_SIZE);
        }
        FileStructure partial = new FileStructure(input, size, version, metadataStart, null);
        ByteReader block = partial.read(metadataStart, size - FormatVersion.TAIL_SIZE, "file metadata");
        FileMetadata metadata = FileMetadata.read(block, version, metadataStart);
        byte[] sep = new byte[1];
        input.readFully(metadata.metaOffset(), sep, 0, 1);
        if (sep[0] != MetaMarker.SEPARATOR) {
            throw new CorruptTsFileException(name + ": expected the separator marker 0x02 at metaOffset "
                    + metadata.metaOffset() + ", found 0x" + Integer.toHexString(sep[0] & 0xFF), metadata.metaOffset());
        }
        String level = metadata.properties().get("encryptLevel");
        if (level != null && !level.equals("0")) {
            throw new TsFileException(name + ": encrypted TsFile (encryptLevel=" + level + ") is not supported");
        }
        return new FileStructure(input, size, version, metadataStart, metadata);
    }

    private static String hex(byte[] b, int off, int len) {
        StringBuilder sb = new StringBuilder();
        for (int i = off; i < off + len; i++) {
            sb.append(Character.forDigit((b[i] >> 4) & 0xF, 16)).append(Character.forDigit(b[i] & 0xF, 16));
        }
        return sb.toString();
    }

    /** Reads the bytes {@code [start, end)}; {@code what} names them if the range is impossible. */
    ByteReader read(long start, long end, String what) throws IOException {
        if (start < 0 || end < start || end > size || end - start > Integer.MAX_VALUE - 8) {
            throw new CorruptTsFileException(name + ": " + what + " would span offsets " + start + ".." + end
                    + ", outside the file of " + size + " bytes", start);
        }
        byte[] bytes = new byte[(int) (end - start)];
        try {
            input.readFully(start, bytes, 0, bytes.length);
        } catch (EOFException e) {
            throw new CorruptTsFileException(name + ": file ended while reading " + what + " at offset " + start,
                    start, e);
        }
        return new ByteReader(name, bytes, 0, bytes.length, start);
    }

    String name() {
        return name;
    }

    long size() {
        return size;
    }

    byte version() {
        return version;
    }

    FileMetadata metadata() {
        return metadata;
    }

    /** Offset of the separator, i.e. the end of the data section. */
    long metaOffset() {
        return metadata.metaOffset();
    }

    /** Offset where the file metadata block starts, i.e. the end of the index nodes. */
    long metadataStart() {
        return metadataStart;
    }

    void close() throws IOException {
        input.close();
    }
}
