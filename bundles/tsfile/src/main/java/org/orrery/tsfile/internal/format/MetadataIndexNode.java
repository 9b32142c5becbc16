package org.orrery.tsfile.internal.format;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.orrery.codec.api.ByteSink;
import org.orrery.tsfile.CorruptTsFileException;
import org.orrery.tsfile.DeviceId;
import org.orrery.tsfile.internal.io.ByteReader;
import org.orrery.tsfile.internal.io.Varints;

/**
 * A node of the metadata index tree: uvarint entry count, entries (key, int64 offset of the
 * child's bytes), int64 end offset of the last child's bytes, node type byte. Keys are device ids
 * in device-level nodes (v4: segment form; v3: one var-string) and var-string measurement ids in
 * measurement-level nodes. Child {@code i} spans from its offset to the next entry's offset, the
 * last child to {@link #endOffset()}.
 */
public final class MetadataIndexNode {
    private final IndexNodeType type;
    private final List<DeviceId> deviceKeys;
    private final List<String> measurementKeys;
    private final long[] offsets;
    private final long endOffset;

    private MetadataIndexNode(IndexNodeType type, List<DeviceId> deviceKeys, List<String> measurementKeys,
                              long[] offsets, long endOffset) {
        this.type = type;
        this.deviceKeys = deviceKeys;
        this.measurementKeys = measurementKeys;
        this.offsets = offsets;
        this.endOffset = endOffset;
    }

    public static MetadataIndexNode ofDevices(IndexNodeType type, List<DeviceId> keys, long[] offsets, long endOffset) {
        return new MetadataIndexNode(type, List.copyOf(keys), null, offsets.clone(), endOffset);
    }

    public static MetadataIndexNode ofMeasurements(IndexNodeType type, List<String> keys, long[] offsets,
                                                   long endOffset) {
        return new MetadataIndexNode(type, null, List.copyOf(keys), offsets.clone(), endOffset);
    }

    public void write(ByteSink out) {
        Varints.writeUnsigned(out, offsets.length);
        for (int i = 0; i < offsets.length; i++) {
            if (type.isDeviceLevel()) {
                DeviceIdFormat.write(out, deviceKeys.get(i));
            } else {
                Varints.writeString(out, measurementKeys.get(i));
            }
            out.writeLong(offsets[i]);
        }
        out.writeLong(endOffset);
        out.write(type.id());
    }

    /**
     * Reads a node. The caller knows the level from where the node is referenced (a table root
     * or an INTERNAL_DEVICE child is device-level, a LEAF_DEVICE child or an INTERNAL_MEASUREMENT
     * child is measurement-level); the type byte at the end must agree.
     *
     * @param indexStart offset of the index section; children must lie between it and {@code limit}
     * @param limit offset where the index ends (the file metadata starts)
     */
    public static MetadataIndexNode read(ByteReader in, byte version, boolean deviceLevel, long indexStart, long limit)
            throws CorruptTsFileException {
        long at = in.offset();
        // An entry has at least a one-byte key and an 8-byte offset.
        int count = in.readUnsignedVarIntAtMost("index node entry count", in.remaining() / 9);
        if (count == 0) {
            throw new CorruptTsFileException(in.origin() + ": index node at offset " + at + " has no entries", at);
        }
        List<DeviceId> devices = deviceLevel ? new ArrayList<>(count) : null;
        List<String> names = deviceLevel ? null : new ArrayList<>(count);
        long[] offsets = new long[count];
        for (int i = 0; i < count; i++) {
            if (deviceLevel) {
                devices.add(DeviceIdFormat.read(in, version, "index entry device id"));
            } else {
                String name = in.readVarString("index entry measurement id");
                if (name == null) {
                    throw in.corrupt("index entry with a null measurement id");
                }
                names.add(name);
            }
            offsets[i] = in.readLong("index entry offset");
            long prev = i == 0 ? indexStart : offsets[i - 1];
            if (offsets[i] < prev || offsets[i] >= limit) {
                throw new CorruptTsFileException(in.origin() + ": index node at offset " + at + ": entry " + i
                        + " points to offset " + offsets[i] + ", outside " + prev + ".." + limit, at);
            }
        }
        long endOffset = in.readLong("index node end offset");
        int typeId = in.readUnsignedByte("index node type");
        IndexNodeType type = IndexNodeType.fromId(typeId);
        if (type == null || type.isDeviceLevel() != deviceLevel) {
            throw new CorruptTsFileException(in.origin() + ": index node at offset " + at + " has type " + typeId
                    + " where a " + (deviceLevel ? "device" : "measurement") + "-level node is expected", at);
        }
        if (endOffset < offsets[count - 1] || endOffset > limit) {
            throw new CorruptTsFileException(in.origin() + ": index node at offset " + at + " has end offset "
                    + endOffset + " outside " + offsets[count - 1] + ".." + limit, at);
        }
        return deviceLevel
                ? new MetadataIndexNode(type, Collections.unmodifiableList(devices), null, offsets, endOffset)
                : new MetadataIndexNode(type, null, Collections.unmodifiableList(names), offsets, endOffset);
    }

    public IndexNodeType type() {
        return type;
    }

    public int size() {
        return offsets.length;
    }

    public DeviceId deviceKey(int i) {
        return deviceKeys.get(i);
    }

    public String measurementKey(int i) {
        return measurementKeys.get(i);
    }

    public long offset(int i) {
        return offsets[i];
    }

    /** Where child {@code i}'s bytes end. */
    public long childEnd(int i) {
        return i + 1 < offsets.length ? offsets[i + 1] : endOffset;
    }

    public long endOffset() {
        return endOffset;
    }
}
