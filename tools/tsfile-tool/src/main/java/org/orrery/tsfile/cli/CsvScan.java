package org.orrery.tsfile.cli;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import org.orrery.common.type.DataType;

/**
 * The first pass of {@code import-csv}: checks every record (field count, time, values against
 * declared types) and settles each series' type, declared ({@code --types}, a typed header or
 * the long layout's {@code datatype} column) or inferred from all its values (BOOLEAN, INT64,
 * DOUBLE, else TEXT). Series are kept in order of first appearance.
 */
final class CsvScan {
    final CsvLayout layout;
    final Map<SeriesRef, DataType> types = new LinkedHashMap<>();
    long records;
    long points;

    private final Map<String, DataType> given;
    private final Map<SeriesRef, DataType> declared = new HashMap<>();

    private CsvScan(CsvLayout layout, Map<String, DataType> given) {
        this.layout = layout;
        this.given = given;
    }

    /**
     * @param given {@code --types}: full series path or bare measurement name to type
     */
    static CsvScan run(Path csv, Map<String, DataType> given, ZoneId zone, Progress progress)
            throws IOException, CommandException {
        try (InputStream stream = Files.newInputStream(csv);
             CsvReader reader = new CsvReader(stream, csv.toString())) {
            CsvReader.Record header = reader.next();
            if (header == null) {
                throw CommandException.failed(csv + " is empty (no header line)", null);
            }
            CsvScan scan;
            try {
                scan = new CsvScan(CsvLayout.of(header), given);
            } catch (IllegalArgumentException e) {
                throw CommandException.failed(csv + " line " + header.line + ": " + e.getMessage(), e);
            }
            for (CsvReader.Record r = reader.next(); r != null; r = reader.next()) {
                try {
                    scan.check(r, zone);
                } catch (IllegalArgumentException e) {
                    throw CommandException.failed(csv + " line " + r.line + ": " + e.getMessage(), e);
                }
                progress.update(reader.bytesRead());
            }
            for (Map.Entry<SeriesRef, DataType> e : scan.types.entrySet()) {
                DataType d = scan.declared.get(e.getKey());
                if (d != null) {
                    e.setValue(d);
                }
            }
            return scan;
        }
    }

    private void check(CsvReader.Record r, ZoneId zone) {
        if (r.size() != layout.columns) {
            throw new IllegalArgumentException("has " + r.size() + " fields, the header has " + layout.columns);
        }
        records++;
        CsvValues.parseTime(r.get(layout.timeColumn), zone);
        if (layout.wide) {
            for (int i = 1; i < r.size(); i++) {
                if (!r.isNull(i)) {
                    value(layout.series.get(i), layout.headerTypes.get(i), r.get(i));
                }
            }
        } else if (!r.isNull(layout.valueColumn)) {
            SeriesRef s = new SeriesRef(r.get(layout.deviceColumn).trim(), r.get(layout.measurementColumn).trim());
            if (s.device().isEmpty() || s.measurement().isEmpty()) {
                throw new IllegalArgumentException("device and measurement must not be empty");
            }
            DataType rowType = layout.typeColumn >= 0 && !r.get(layout.typeColumn).isBlank()
                    ? CsvLayout.typeNamed(r.get(layout.typeColumn)) : null;
            value(s, rowType, r.get(layout.valueColumn));
        }
    }

    private void value(SeriesRef s, DataType fromFile, String text) {
        DataType d = declaredType(s, fromFile);
        points++;
        if (d != null) {
            CsvValues.parse(text, d);
            types.putIfAbsent(s, d);
            return;
        }
        types.put(s, CsvValues.widen(types.get(s), CsvValues.guess(text)));
    }

    /** {@code --types} wins over the file; a series declared twice differently is an error. */
    private DataType declaredType(SeriesRef s, DataType fromFile) {
        DataType d = given.get(s.path());
        if (d == null) {
            d = given.get(s.measurement());
        }
        if (d == null) {
            d = fromFile;
        }
        if (d == null) {
            return null;
        }
        DataType before = declared.putIfAbsent(s, d);
        if (before != null && before != d) {
            throw new IllegalArgumentException(s.path() + " is declared " + d + " here but " + before + " before");
        }
        return d;
    }
}
