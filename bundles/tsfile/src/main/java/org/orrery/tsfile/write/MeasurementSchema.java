package org.orrery.tsfile.write;

import java.util.Locale;
import java.util.Objects;
import org.orrery.common.type.DataType;
import org.orrery.tsfile.internal.format.EncodingRules;

/**
 * A measurement (column) of a device: name, type and optionally the encoding and compression
 * names (e.g. {@code GORILLA}, {@code ZSTD}); absent ones take the writer's defaults. Immutable.
 */
public final class MeasurementSchema {
    private final String name;
    private final DataType type;
    private final String encoding;
    private final String compression;

    private MeasurementSchema(String name, DataType type, String encoding, String compression) {
        if (name == null || name.isEmpty()) {
            throw new IllegalArgumentException("measurement name is empty");
        }
        this.name = name;
        this.type = Objects.requireNonNull(type, "type");
        this.encoding = encoding == null ? null : encoding.toUpperCase(Locale.ROOT);
        this.compression = compression == null ? null : compression.toUpperCase(Locale.ROOT);
    }

    public static MeasurementSchema of(String name, DataType type) {
        return new MeasurementSchema(name, type, null, null);
    }

    public static MeasurementSchema of(String name, DataType type, String encoding, String compression) {
        return new MeasurementSchema(name, type, encoding, compression);
    }

    /**
     * Whether the format lets series of {@code type} use the encoding with persisted id
     * {@code encodingId} (TsFile's per-type table; plugin ids are allowed for every type, their
     * codec decides). The writer rejects the other pairs.
     */
    public static boolean formatAllows(DataType type, int encodingId) {
        return EncodingRules.allows(type, encodingId);
    }

    public MeasurementSchema withEncoding(String encodingName) {
        return new MeasurementSchema(name, type, encodingName, compression);
    }

    public MeasurementSchema withCompression(String compressionName) {
        return new MeasurementSchema(name, type, encoding, compressionName);
    }

    public String name() {
        return name;
    }

    public DataType type() {
        return type;
    }

    /** The encoding name, or null for the writer's default for the type. */
    public String encoding() {
        return encoding;
    }

    /** The compression name, or null for the writer's default. */
    public String compression() {
        return compression;
    }

    @Override
    public boolean equals(Object o) {
        if (!(o instanceof MeasurementSchema)) {
            return false;
        }
        MeasurementSchema m = (MeasurementSchema) o;
        return name.equals(m.name) && type == m.type && Objects.equals(encoding, m.encoding)
                && Objects.equals(compression, m.compression);
    }

    @Override
    public int hashCode() {
        return Objects.hash(name, type, encoding, compression);
    }

    @Override
    public String toString() {
        return name + " " + type + (encoding == null ? "" : " " + encoding) + (compression == null ? "" : " " + compression);
    }
}
