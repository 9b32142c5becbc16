package org.orrery.tsfile.internal.format;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.orrery.codec.api.ByteSink;
import org.orrery.common.type.DataType;
import org.orrery.tsfile.CorruptTsFileException;
import org.orrery.tsfile.TsFileException;
import org.orrery.tsfile.internal.io.ByteReader;
import org.orrery.tsfile.internal.io.Varints;
import org.orrery.tsfile.stats.Statistics;

/**
 * The index entry of one series: type byte (bit 0 = more than one chunk, | 0x80 aligned time
 * column, | 0x40 aligned value column), measurement id, data type, uvarint byte size of the chunk
 * metadata list, series statistics, then the chunk metadata list (int64 chunk offset each, plus
 * chunk statistics when there is more than one chunk).
 */
public final class TimeseriesMetadata {
    /** Persisted bit of the type byte: the series has more than one chunk. */
    private static final int MULTI_CHUNK_BIT = 0x01;

    private final String measurementId;
    private final byte dataTypeId;
    private final DataType dataType;
    private final byte columnMask;
    private final Statistics statistics;
    private final List<ChunkMetadata> chunks;

    public TimeseriesMetadata(String measurementId, byte dataTypeId, DataType dataType, byte columnMask,
                              Statistics statistics, List<ChunkMetadata> chunks) {
        this.measurementId = measurementId;
        this.dataTypeId = dataTypeId;
        this.dataType = dataType;
        this.columnMask = columnMask;
        this.statistics = statistics;
        this.chunks = chunks;
    }

    /**
     * Writes one series entry. {@code scratch} is reused for the chunk metadata list, whose size
     * precedes it.
     */
    public static void write(ByteSink out, ByteSink scratch, String measurementId, byte dataTypeId, byte columnMask,
                             Statistics seriesStatistics, List<ChunkMetadata> chunks) {
        boolean multi = chunks.size() > 1;
        scratch.reset();
        for (ChunkMetadata c : chunks) {
            scratch.writeLong(c.offset());
            if (multi) {
                StatisticsFormat.write(scratch, c.statistics());
            }
        }
        out.write((multi ? MULTI_CHUNK_BIT : 0) | columnMask);
        Varints.writeString(out, measurementId);
        out.write(dataTypeId);
        Varints.writeUnsigned(out, scratch.size());
        StatisticsFormat.write(out, seriesStatistics);
        scratch.writeTo(out);
    }

    /**
     * Reads one series entry including its chunk list.
     *
     * @param device the device id text, for messages
     */
    public static TimeseriesMetadata read(ByteReader in, String device) throws TsFileException {
        long at = in.offset();
        int typeByte = in.readUnsignedByte("timeseries metadata type");
        String id = in.readVarString("measurement id");
        if (id == null) {
            throw new CorruptTsFileException(in.origin() + ": timeseries metadata of device " + device + " at offset "
                    + at + " has a null measurement id", at);
        }
        String what = "timeseries metadata of " + device + "." + id + " at offset " + at;
        byte typeId = in.readByte("data type");
        DataType type = TypeIds.valueTypeOrNull(typeId & 0xFF, in.origin() + ": " + what);
        byte mask = (byte) (typeByte & MetaMarker.COLUMN_KIND_BITS);
        // Valid type bytes: bit 0 (several chunks) plus at most one of the time/value column bits,
        // the time bit exactly for the VECTOR type.
        boolean validBits = (typeByte & 0x3E) == 0 && (mask & 0xFF) != MetaMarker.COLUMN_KIND_BITS;
        if (!validBits || (type == null) != (mask == MetaMarker.TIME_COLUMN_MASK)) {
            throw new CorruptTsFileException(in.origin() + ": " + what + ": type byte 0x" + Integer.toHexString(typeByte)
                    + " does not match data type id " + typeId, at);
        }
        int listSize = in.readUnsignedVarIntAtMost("chunk metadata list size", in.remaining());
        Statistics stats = StatisticsFormat.read(in, type, what);
        boolean multi = (typeByte & MetaMarker.PAGE_KIND_BITS) != 0;
        long listEnd = in.offset() + listSize;
        if (listSize > in.remaining()) {
            throw in.corrupt(what + ": chunk metadata list of " + listSize + " bytes exceeds the index");
        }
        List<ChunkMetadata> chunks = new ArrayList<>(multi ? 4 : 1);
        while (in.offset() < listEnd) {
            long chunkOffset = in.readLong("chunk offset");
            Statistics chunkStats = multi ? StatisticsFormat.read(in, type, what + " chunk " + chunks.size()) : stats;
            chunks.add(new ChunkMetadata(chunkOffset, chunkStats));
        }
        if (in.offset() != listEnd) {
            throw in.corrupt(what + ": chunk metadata list overruns its size " + listSize);
        }
        if (chunks.isEmpty()) {
            throw in.corrupt(what + ": the series has no chunk");
        }
        if (!multi && chunks.size() > 1) {
            throw in.corrupt(what + ": marked single-chunk but lists " + chunks.size() + " chunks");
        }
        return new TimeseriesMetadata(id, typeId, type, mask, stats, Collections.unmodifiableList(chunks));
    }

    public String measurementId() {
        return measurementId;
    }

    public byte dataTypeId() {
        return dataTypeId;
    }

    /** The value type, or null for the time column of an aligned device. */
    public DataType dataType() {
        return dataType;
    }

    public boolean isTimeColumn() {
        return columnMask == MetaMarker.TIME_COLUMN_MASK;
    }

    public boolean isValueColumn() {
        return columnMask == MetaMarker.VALUE_COLUMN_MASK;
    }

    public Statistics statistics() {
        return statistics;
    }

    public List<ChunkMetadata> chunks() {
        return chunks;
    }
}
