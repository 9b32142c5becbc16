package org.orrery.tsfile.cli;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.orrery.common.type.DataType;

/**
 * The two CSV shapes {@code import-csv} reads, recognised from the header:
 * <ul>
 *   <li><b>long</b>: one point per record, columns {@code time,device,measurement,value} in any
 *       order, optionally {@code datatype} (the value's type name);</li>
 *   <li><b>wide</b>: one timestamp per record, {@code Time} first, then one column per series
 *       named by its full path, optionally with the type: {@code root.sg.d1.s1(DOUBLE)}; an empty
 *       cell is no value.</li>
 * </ul>
 */
final class CsvLayout {
    final boolean wide;
    // long layout: column indexes (type -1 when absent)
    final int timeColumn;
    final int deviceColumn;
    final int measurementColumn;
    final int valueColumn;
    final int typeColumn;
    // wide layout: per column (index 0 is the time), the series and the type from the header or null
    final List<SeriesRef> series;
    final List<DataType> headerTypes;
    final int columns;

    private CsvLayout(boolean wide, int time, int device, int measurement, int value, int type,
                      List<SeriesRef> series, List<DataType> headerTypes, int columns) {
        this.wide = wide;
        this.timeColumn = time;
        this.deviceColumn = device;
        this.measurementColumn = measurement;
        this.valueColumn = value;
        this.typeColumn = type;
        this.series = series;
        this.headerTypes = headerTypes;
        this.columns = columns;
    }

    /** @throws IllegalArgumentException naming the header cell that fits neither layout */
    static CsvLayout of(CsvReader.Record header) {
        List<String> names = new ArrayList<>();
        for (String f : header.fields) {
            names.add(f.trim().toLowerCase(Locale.ROOT));
        }
        if (names.contains("device") && names.contains("measurement")) {
            int time = indexOf(names, "time", "timestamp");
            int value = indexOf(names, "value");
            if (time < 0 || value < 0) {
                throw new IllegalArgumentException("long CSV layout needs columns time,device,measurement,value; header is "
                        + String.join(",", header.fields));
            }
            return new CsvLayout(false, time, names.indexOf("device"), names.indexOf("measurement"), value,
                    indexOf(names, "datatype", "type"), List.of(), List.of(), names.size());
        }
        if (!names.get(0).equals("time") && !names.get(0).equals("timestamp")) {
            throw new IllegalArgumentException("header must start with Time (wide layout: Time,root.sg.d1.s1,...) or name"
                    + " the columns time,device,measurement,value (long layout); first cell is '" + header.get(0) + "'");
        }
        List<SeriesRef> series = new ArrayList<>();
        List<DataType> types = new ArrayList<>();
        series.add(null);
        types.add(null);
        Set<SeriesRef> seen = new HashSet<>();
        for (int i = 1; i < header.size(); i++) {
            String cell = header.get(i).trim();
            DataType type = null;
            int open = cell.lastIndexOf('(');
            if (open > 0 && cell.endsWith(")")) {
                type = typeNamed(cell.substring(open + 1, cell.length() - 1));
                cell = cell.substring(0, open).trim();
            }
            SeriesRef s = SeriesRef.parse(cell);
            if (!seen.add(s)) {
                throw new IllegalArgumentException("series " + s.path() + " appears twice in the header");
            }
            series.add(s);
            types.add(type);
        }
        return new CsvLayout(true, 0, -1, -1, -1, -1, series, types, names.size());
    }

    private static int indexOf(List<String> names, String... candidates) {
        for (String c : candidates) {
            int i = names.indexOf(c);
            if (i >= 0) {
                return i;
            }
        }
        return -1;
    }

    /** A type name (case-insensitive), e.g. {@code DOUBLE}. */
    static DataType typeNamed(String name) {
        try {
            return DataType.valueOf(name.trim().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("unknown data type '" + name + "' (types: BOOLEAN, INT32, INT64, FLOAT,"
                    + " DOUBLE, TEXT, STRING, BLOB, DATE, TIMESTAMP)");
        }
    }
}
