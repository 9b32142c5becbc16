package org.orrery.tsfile.internal.format;

import org.orrery.codec.api.ByteSink;
import org.orrery.tsfile.CorruptTsFileException;
import org.orrery.tsfile.internal.io.ByteReader;
import org.orrery.tsfile.internal.io.Varints;

/**
 * A chunk header: marker byte (single/multi page, time/value column masks), measurement id
 * (var-string, empty for an aligned time column), uvarint size of the pages that follow, data
 * type, compression and encoding bytes.
 */
public final class ChunkHeader {
    private final byte marker;
    private final String measurementId;
    private final int dataSize;
    private final byte dataTypeId;
    private final byte compressionId;
    private final byte encodingId;
    private final int serializedSize;

    public ChunkHeader(byte marker, String measurementId, int dataSize, byte dataTypeId, byte compressionId,
                       byte encodingId, int serializedSize) {
        this.marker = marker;
        this.measurementId = measurementId;
        this.dataSize = dataSize;
        this.dataTypeId = dataTypeId;
        this.compressionId = compressionId;
        this.encodingId = encodingId;
        this.serializedSize = serializedSize;
    }

    public static void write(ByteSink out, byte marker, String measurementId, int dataSize, byte dataTypeId,
                             byte compressionId, byte encodingId) {
        out.write(marker);
        Varints.writeString(out, measurementId);
        Varints.writeUnsigned(out, dataSize);
        out.write(dataTypeId);
        out.write(compressionId);
        out.write(encodingId);
    }

    /** Reads a header whose marker byte is next in {@code in}; checks the marker is a chunk marker. */
    public static ChunkHeader read(ByteReader in) throws CorruptTsFileException {
        long at = in.offset();
        byte marker = in.readByte("chunk marker");
        int pageKind = marker & MetaMarker.PAGE_KIND_BITS;
        int columnKind = marker & MetaMarker.COLUMN_KIND_BITS;
        if ((pageKind != MetaMarker.CHUNK_HEADER && pageKind != MetaMarker.ONLY_ONE_PAGE_CHUNK_HEADER)
                || columnKind == MetaMarker.COLUMN_KIND_BITS) {
            throw new CorruptTsFileException(in.origin() + ": expected a chunk header at offset " + at
                    + " but found marker 0x" + Integer.toHexString(marker & 0xFF), at);
        }
        String id = in.readVarString("chunk measurement id");
        if (id == null) {
            throw new CorruptTsFileException(in.origin() + ": chunk header at offset " + at + " has a null measurement id",
                    at);
        }
        int dataSize = in.readUnsignedVarInt("chunk data size");
        if (dataSize < 0) {
            throw new CorruptTsFileException(in.origin() + ": chunk header at offset " + at + " has a negative data size "
                    + dataSize, at);
        }
        byte type = in.readByte("chunk data type");
        byte compression = in.readByte("chunk compression");
        byte encoding = in.readByte("chunk encoding");
        return new ChunkHeader(marker, id, dataSize, type, compression, encoding, (int) (in.offset() - at));
    }

    public byte marker() {
        return marker;
    }

    public boolean isSinglePage() {
        return (marker & MetaMarker.PAGE_KIND_BITS) == MetaMarker.ONLY_ONE_PAGE_CHUNK_HEADER;
    }

    public boolean isTimeColumn() {
        return (marker & MetaMarker.TIME_COLUMN_MASK) != 0;
    }

    public boolean isValueColumn() {
        return (marker & MetaMarker.VALUE_COLUMN_MASK) != 0;
    }

    public String measurementId() {
        return measurementId;
    }

    /** Bytes of page headers and bodies after this header. */
    public int dataSize() {
        return dataSize;
    }

    public byte dataTypeId() {
        return dataTypeId;
    }

    public byte compressionId() {
        return compressionId;
    }

    public byte encodingId() {
        return encodingId;
    }

    /** Bytes of the header itself. */
    public int serializedSize() {
        return serializedSize;
    }
}
