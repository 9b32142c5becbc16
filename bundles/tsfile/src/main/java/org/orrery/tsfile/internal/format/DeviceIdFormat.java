package org.orrery.tsfile.internal.format;

import org.orrery.codec.api.ByteSink;
import org.orrery.tsfile.CorruptTsFileException;
import org.orrery.tsfile.DeviceId;
import org.orrery.tsfile.internal.io.ByteReader;
import org.orrery.tsfile.internal.io.Varints;

/**
 * Device ids on disk. v4: uvarint segment count, then each segment as a var-string (a null
 * segment has length -1). v3: the whole dotted path as one var-string.
 */
public final class DeviceIdFormat {
    private DeviceIdFormat() {
    }

    public static void write(ByteSink out, DeviceId id) {
        Varints.writeUnsigned(out, id.segmentCount());
        for (int i = 0; i < id.segmentCount(); i++) {
            Varints.writeString(out, id.segment(i));
        }
    }

    public static DeviceId read(ByteReader in, byte version, String what) throws CorruptTsFileException {
        long at = in.offset();
        if (version == FormatVersion.V3) {
            String path = in.readVarString(what);
            if (path == null || path.isEmpty()) {
                throw new CorruptTsFileException(in.origin() + ": empty " + what + " at offset " + at, at);
            }
            try {
                return DeviceId.parse(path);
            } catch (IllegalArgumentException e) {
                // Not a plain dotted path (e.g. unbalanced back-quotes): keep it as one segment so
                // its text, and therefore its order and bloom filter key, stay exactly as stored.
                return DeviceId.of(path);
            }
        }
        // Every segment needs at least one byte, which bounds the count before allocating.
        int count = in.readUnsignedVarIntAtMost(what + " segment count", in.remaining());
        if (count == 0) {
            return DeviceId.of("");
        }
        String[] segments = new String[count];
        for (int i = 0; i < count; i++) {
            segments[i] = in.readVarString(what + " segment " + i);
        }
        try {
            return DeviceId.of(segments);
        } catch (IllegalArgumentException e) {
            throw new CorruptTsFileException(in.origin() + ": " + what + " at offset " + at + ": " + e.getMessage(), at);
        }
    }
}
