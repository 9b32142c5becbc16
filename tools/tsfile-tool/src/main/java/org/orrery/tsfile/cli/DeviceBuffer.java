package org.orrery.tsfile.cli;

import java.io.IOException;
import java.util.List;
import org.orrery.tsfile.DeviceId;
import org.orrery.tsfile.write.MeasurementSchema;
import org.orrery.tsfile.write.Tablet;
import org.orrery.tsfile.write.TsFileWriter;

/**
 * Collects one device's CSV values into a tablet of all its columns and hands full tablets to
 * the writer. Values with the same timestamp share a row (so long-layout records of one instant
 * form one row); a timestamp earlier than the previous row starts a new tablet, which the writer
 * accepts as long as every series on its own stays in increasing time order.
 */
final class DeviceBuffer {
    static final int ROWS = 1024;

    private final TsFileWriter writer;
    private final Tablet tablet;
    private final int columns;
    private long points;

    DeviceBuffer(TsFileWriter writer, DeviceId device, List<MeasurementSchema> schema) {
        this.writer = writer;
        this.tablet = new Tablet(device, schema, ROWS);
        this.columns = schema.size();
    }

    int columnIndex(String measurement) {
        return tablet.columnIndex(measurement);
    }

    long points() {
        return points;
    }

    /**
     * Adds {@code value} (Boolean, Integer, Long, Float, Double or byte[]) of column {@code c} at
     * {@code time}.
     *
     * @throws IllegalArgumentException if the series already has a value at that time
     */
    void put(long time, int c, Object value) throws IOException {
        int rows = tablet.rowCount();
        int row;
        if (rows > 0 && tablet.times()[rows - 1] == time) {
            row = rows - 1;
            if (!tablet.isNull(c, row)) {
                throw new IllegalArgumentException("second value of " + tablet.device() + "."
                        + tablet.columns().get(c).name() + " at time " + time);
            }
        } else {
            if (rows == ROWS || (rows > 0 && time < tablet.times()[rows - 1])) {
                flush();
            }
            row = tablet.rowCount();
            tablet.setTime(row, time);
            for (int k = 0; k < columns; k++) {
                tablet.setNull(k, row);
            }
            tablet.setRowCount(row + 1);
        }
        set(c, row, value);
        points++;
    }

    private void set(int c, int row, Object value) {
        if (value instanceof Boolean) {
            tablet.setBoolean(c, row, (Boolean) value);
        } else if (value instanceof Integer) {
            tablet.setInt(c, row, (Integer) value);
        } else if (value instanceof Long) {
            tablet.setLong(c, row, (Long) value);
        } else if (value instanceof Float) {
            tablet.setFloat(c, row, (Float) value);
        } else if (value instanceof Double) {
            tablet.setDouble(c, row, (Double) value);
        } else {
            tablet.setBinary(c, row, (byte[]) value);
        }
    }

    /** Writes the buffered rows. */
    void flush() throws IOException {
        if (tablet.rowCount() > 0) {
            writer.write(tablet);
            tablet.reset();
        }
    }
}
