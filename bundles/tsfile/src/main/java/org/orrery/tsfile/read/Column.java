package org.orrery.tsfile.read;

import org.orrery.common.type.DataType;

/**
 * The values of one column in a batch, indexed like the batch's timestamps, in a primitive array
 * of the type's shape ({@code boolean[]}, {@code int[]} for INT32/DATE, {@code long[]} for
 * INT64/TIMESTAMP, {@code float[]}, {@code double[]}, {@code byte[][]} for TEXT/STRING/BLOB).
 * Aligned columns may have nulls ({@link #isNull}); at a null position the array holds a default
 * value (0, false or null). The arrays belong to the caller once returned.
 */
public final class Column {
    private final DataType type;
    private final int size;
    private final Object values;
    private final boolean[] nulls;

    Column(DataType type, int size, Object values, boolean[] nulls) {
        this.type = type;
        this.size = size;
        this.values = values;
        this.nulls = nulls;
    }

    public DataType type() {
        return type;
    }

    public int size() {
        return size;
    }

    /** Whether some position is null. */
    public boolean hasNulls() {
        return nulls != null;
    }

    public boolean isNull(int i) {
        return nulls != null && nulls[i];
    }

    /** Non-null positions. */
    public int nonNullCount() {
        if (nulls == null) {
            return size;
        }
        int n = 0;
        for (int i = 0; i < size; i++) {
            if (!nulls[i]) {
                n++;
            }
        }
        return n;
    }

    /**
     * The raw array (see the class comment for its type), or null when the column was read
     * without values (timestamps and null flags only).
     */
    public Object values() {
        return values;
    }

    public boolean[] booleans() {
        return (boolean[]) typed(boolean[].class);
    }

    public int[] ints() {
        return (int[]) typed(int[].class);
    }

    public long[] longs() {
        return (long[]) typed(long[].class);
    }

    public float[] floats() {
        return (float[]) typed(float[].class);
    }

    public double[] doubles() {
        return (double[]) typed(double[].class);
    }

    public byte[][] binaries() {
        return (byte[][]) typed(byte[][].class);
    }

    private Object typed(Class<?> c) {
        if (!c.isInstance(values)) {
            throw new IllegalStateException("column of " + type + " has no " + c.getSimpleName());
        }
        return values;
    }
}
