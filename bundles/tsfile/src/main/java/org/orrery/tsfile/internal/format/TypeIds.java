package org.orrery.tsfile.internal.format;

import org.orrery.common.type.DataType;
import org.orrery.tsfile.TsFileException;

/**
 * Data type bytes as stored in chunk headers and timeseries metadata: the value types of
 * {@link DataType} plus VECTOR, the type byte of an aligned device's time column.
 */
public final class TypeIds {
    /** Persisted type byte of an aligned device's time column. */
    public static final byte VECTOR = DataType.VECTOR_ID;

    private TypeIds() {
    }

    /**
     * The value type for {@code id}, or null for VECTOR.
     *
     * @param where names the structure for the message when the id is unknown (e.g. OBJECT, which
     *        newer writers have and this implementation does not read)
     */
    public static DataType valueTypeOrNull(int id, String where) throws TsFileException {
        if (id == VECTOR) {
            return null;
        }
        try {
            return DataType.fromId(id);
        } catch (IllegalArgumentException e) {
            throw new TsFileException("unsupported data type id " + id + " in " + where);
        }
    }
}
