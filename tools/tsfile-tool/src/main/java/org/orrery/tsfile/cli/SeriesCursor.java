package org.orrery.tsfile.cli;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import org.orrery.common.type.DataType;
import org.orrery.tsfile.read.Column;
import org.orrery.tsfile.read.SeriesBatch;
import org.orrery.tsfile.read.SeriesReader;

/** Walks one series point by point over its page batches (for the wide CSV merge). */
final class SeriesCursor {
    private final SeriesReader reader;
    private SeriesBatch batch;
    private int index;

    SeriesCursor(SeriesReader reader) throws IOException {
        this.reader = reader;
        advanceBatch();
    }

    boolean done() {
        return batch == null;
    }

    long time() {
        return batch.times()[index];
    }

    /** The current value as CSV cell text (see {@link CsvValues}); null-free, series hold only values. */
    String text() {
        return cellText(batch.values(), index);
    }

    boolean isText() {
        DataType t = batch.values().type();
        return t == DataType.TEXT || t == DataType.STRING;
    }

    void next() throws IOException {
        if (++index >= batch.size()) {
            advanceBatch();
        }
    }

    private void advanceBatch() throws IOException {
        batch = reader.next();
        while (batch != null && batch.size() == 0) {
            batch = reader.next();
        }
        index = 0;
    }

    /** The cell text of value {@code i} of {@code c}. */
    static String cellText(Column c, int i) {
        switch (c.type()) {
            case BOOLEAN:
                return Boolean.toString(c.booleans()[i]);
            case INT32:
                return Integer.toString(c.ints()[i]);
            case DATE:
                return CsvValues.formatDate(c.ints()[i]);
            case INT64:
            case TIMESTAMP:
                return Long.toString(c.longs()[i]);
            case FLOAT:
                return Float.toString(c.floats()[i]);
            case DOUBLE:
                return Double.toString(c.doubles()[i]);
            case BLOB:
                return CsvValues.formatHex(c.binaries()[i]);
            default:
                return new String(c.binaries()[i], StandardCharsets.UTF_8);
        }
    }
}
