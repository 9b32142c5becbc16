package org.orrery.tsfile.write;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.orrery.common.type.DataType;
import org.orrery.tsfile.DeviceId;

/**
 * A block of rows of one device in columnar form: a {@code long[]} of timestamps and one
 * primitive array per measurement ({@code boolean[]}, {@code int[]} for INT32/DATE, {@code long[]}
 * for INT64/TIMESTAMP, {@code float[]}, {@code double[]}, {@code byte[][]} for TEXT/STRING/BLOB),
 * plus an optional null bitmap per column. Fill the arrays directly (or with the setters), set
 * {@link #setRowCount}, hand the tablet to {@link TsFileWriter#write}, then {@link #reset} and
 * reuse it. Timestamps must strictly increase within a tablet.
 *
 * <p>A {@code null} entry of a {@code byte[][]} column is a null as well. Binary values are not
 * copied by the writer; do not modify them after writing.
 */
public final class Tablet {
    private final DeviceId device;
    private final List<MeasurementSchema> columns;
    private final Map<String, Integer> indexByName = new HashMap<>();
    private final long[] times;
    private final Object[] values;
    private final long[][] nulls;
    private int rowCount;

    /** A tablet for up to {@code capacity} rows of {@code columns} (distinct names). */
    public Tablet(DeviceId device, List<MeasurementSchema> columns, int capacity) {
        if (capacity <= 0) {
            throw new IllegalArgumentException("tablet capacity must be positive, got " + capacity);
        }
        this.device = device;
        this.columns = Collections.unmodifiableList(new ArrayList<>(columns));
        this.times = new long[capacity];
        this.values = new Object[columns.size()];
        this.nulls = new long[columns.size()][];
        for (int c = 0; c < columns.size(); c++) {
            MeasurementSchema m = columns.get(c);
            if (indexByName.put(m.name(), c) != null) {
                throw new IllegalArgumentException("measurement " + m.name() + " appears twice in the tablet of " + device);
            }
            values[c] = newColumn(m.type(), capacity);
        }
    }

    private static Object newColumn(DataType type, int capacity) {
        switch (type) {
            case BOOLEAN:
                return new boolean[capacity];
            case INT32:
            case DATE:
                return new int[capacity];
            case INT64:
            case TIMESTAMP:
                return new long[capacity];
            case FLOAT:
                return new float[capacity];
            case DOUBLE:
                return new double[capacity];
            default:
                return new byte[capacity][];
        }
    }

    public DeviceId device() {
        return device;
    }

    public List<MeasurementSchema> columns() {
        return columns;
    }

    /** The column index of {@code measurement}, or -1. */
    public int columnIndex(String measurement) {
        Integer i = indexByName.get(measurement);
        return i == null ? -1 : i;
    }

    public int capacity() {
        return times.length;
    }

    public int rowCount() {
        return rowCount;
    }

    public void setRowCount(int rows) {
        if (rows < 0 || rows > times.length) {
            throw new IllegalArgumentException("row count " + rows + " outside 0.." + times.length);
        }
        this.rowCount = rows;
    }

    /** Forgets rows and nulls; keeps the arrays. */
    public void reset() {
        rowCount = 0;
        for (int c = 0; c < nulls.length; c++) {
            nulls[c] = null;
            if (values[c] instanceof byte[][]) {
                java.util.Arrays.fill((byte[][]) values[c], null);
            }
        }
    }

    /** The timestamp array (length {@link #capacity()}). */
    public long[] times() {
        return times;
    }

    /** The raw value array of column {@code c} (its type depends on the column's data type). */
    public Object column(int c) {
        return values[c];
    }

    public boolean[] booleans(int c) {
        return (boolean[]) typed(c, boolean[].class);
    }

    /** INT32 and DATE ({@code yyyyMMdd}) columns. */
    public int[] ints(int c) {
        return (int[]) typed(c, int[].class);
    }

    /** INT64 and TIMESTAMP columns. */
    public long[] longs(int c) {
        return (long[]) typed(c, long[].class);
    }

    public float[] floats(int c) {
        return (float[]) typed(c, float[].class);
    }

    public double[] doubles(int c) {
        return (double[]) typed(c, double[].class);
    }

    /** TEXT, STRING and BLOB columns. */
    public byte[][] binaries(int c) {
        return (byte[][]) typed(c, byte[][].class);
    }

    private Object typed(int c, Class<?> type) {
        Object v = values[c];
        if (!type.isInstance(v)) {
            throw new IllegalArgumentException("column " + columns.get(c).name() + " is " + columns.get(c).type()
                    + ", not " + type.getSimpleName());
        }
        return v;
    }

    /** Marks column {@code c} null at {@code row}. */
    public void setNull(int c, int row) {
        long[] bits = nulls[c];
        if (bits == null) {
            bits = new long[(times.length + 63) >>> 6];
            nulls[c] = bits;
        }
        bits[row >>> 6] |= 1L << row;
    }

    /** Whether column {@code c} has no value at {@code row}. */
    public boolean isNull(int c, int row) {
        long[] bits = nulls[c];
        if (bits != null && (bits[row >>> 6] & (1L << row)) != 0) {
            return true;
        }
        return values[c] instanceof byte[][] && ((byte[][]) values[c])[row] == null;
    }

    /** Whether column {@code c} may have nulls (a bitmap was started, or it is a binary column). */
    public boolean mayHaveNulls(int c) {
        return nulls[c] != null || values[c] instanceof byte[][];
    }

    private void clearNull(int c, int row) {
        long[] bits = nulls[c];
        if (bits != null) {
            bits[row >>> 6] &= ~(1L << row);
        }
    }

    // Convenience setters for row-at-a-time filling; they also clear a null mark.

    public void setTime(int row, long time) {
        times[row] = time;
    }

    public void setBoolean(int c, int row, boolean v) {
        booleans(c)[row] = v;
        clearNull(c, row);
    }

    public void setInt(int c, int row, int v) {
        ints(c)[row] = v;
        clearNull(c, row);
    }

    public void setLong(int c, int row, long v) {
        longs(c)[row] = v;
        clearNull(c, row);
    }

    public void setFloat(int c, int row, float v) {
        floats(c)[row] = v;
        clearNull(c, row);
    }

    public void setDouble(int c, int row, double v) {
        doubles(c)[row] = v;
        clearNull(c, row);
    }

    public void setBinary(int c, int row, byte[] v) {
        binaries(c)[row] = v;
        clearNull(c, row);
    }
}
