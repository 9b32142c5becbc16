package org.orrery.tsfile.internal.format;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.orrery.tsfile.CorruptTsFileException;
import org.orrery.tsfile.internal.io.ByteReader;

/**
 * The schema of one table of a table-model file, as far as this implementation reads it: the
 * column names and their category. On disk: uvarint column count; per column int-string name,
 * type byte, encoding byte, compression byte, int32 property count (&lt;= 0: none) with int-string
 * key/value pairs, int32 category (TAG 0, FIELD 1, ATTRIBUTE 2, TIME 3). Tree-model files have
 * no table schemas.
 */
public final class TableSchemaInfo {
    private final List<String> columns;
    private final List<Integer> categories;

    private TableSchemaInfo(List<String> columns, List<Integer> categories) {
        this.columns = columns;
        this.categories = categories;
    }

    public static TableSchemaInfo read(ByteReader in) throws CorruptTsFileException {
        // A column needs at least 4 + 3 + 4 + 4 bytes, which bounds the count before allocating.
        int count = in.readUnsignedVarIntAtMost("table column count", in.remaining() / 15);
        List<String> columns = new ArrayList<>(count);
        List<Integer> categories = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            columns.add(in.readIntString("table column name"));
            in.skip(3, "table column type, encoding and compression");
            int props = in.readInt("table column property count");
            if (props > in.remaining() / 8) {
                throw in.corrupt("table column property count " + props + " out of range");
            }
            for (int p = 0; p < props; p++) {
                in.readIntString("table column property key");
                in.readIntString("table column property value");
            }
            categories.add(in.readInt("table column category"));
        }
        return new TableSchemaInfo(Collections.unmodifiableList(columns), Collections.unmodifiableList(categories));
    }

    public List<String> columns() {
        return columns;
    }

    public List<Integer> categories() {
        return categories;
    }
}
