package org.orrery.jdbc;

import java.nio.charset.StandardCharsets;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.orrery.client.ClientException;
import org.orrery.client.RowRecord;
import org.orrery.client.SessionDataSet;
import org.orrery.common.error.OrreryException;
import org.orrery.common.path.PartialPath;
import org.orrery.common.type.DataType;

/**
 * Reads the schema tree for {@code DatabaseMetaData} with the server's own statements, mapped to
 * the relational vocabulary the way IoTDB's driver does: catalogs are databases
 * ({@code SHOW DATABASES}), tables are devices ({@code SHOW DEVICES}), columns are the devices'
 * measurements ({@code SHOW TIMESERIES}) after a {@code Time} column.
 */
final class SchemaCatalog {
  /** One series as {@code SHOW TIMESERIES} lists it. */
  record Series(String device, String measurement, DataType type) {}

  private final OrreryConnection connection;

  SchemaCatalog(OrreryConnection connection) {
    this.connection = connection;
  }

  /** The databases, e.g. {@code root.sg}. */
  List<String> databases() throws SQLException {
    return firstColumn("SHOW DATABASES", "Database");
  }

  /** The devices (written paths) under every database. */
  List<String> devices() throws SQLException {
    return firstColumn("SHOW DEVICES root.**", "Device");
  }

  /** Every series, in the server's order. */
  List<Series> series() throws SQLException {
    List<Series> all = new ArrayList<>();
    try (SessionDataSet rows = connection.session().executeQuery("SHOW TIMESERIES root.**")) {
      int pathColumn = column(rows, "Timeseries", 0);
      int typeColumn = column(rows, "DataType", 3);
      while (rows.hasNext()) {
        RowRecord row = rows.next();
        String path = text(row.value(pathColumn));
        String typeName = text(row.value(typeColumn));
        PartialPath parsed;
        try {
          parsed = PartialPath.parse(path);
        } catch (OrreryException e) {
          throw new SQLException("the server listed a series path that does not parse: " + path, e);
        }
        DataType type;
        try {
          type = DataType.fromName(typeName.trim());
        } catch (IllegalArgumentException e) {
          throw new SQLException("the server listed series " + path + " with unknown type " + typeName, e);
        }
        all.add(new Series(parsed.devicePath().toString(), parsed.measurement(), type));
      }
    } catch (ClientException e) {
      throw SqlErrors.of(e);
    }
    return all;
  }

  /** The database that holds {@code device}, or {@code null} when none does. */
  static String databaseOf(String device, List<String> databases) {
    String best = null;
    for (String database : databases) {
      if ((device.equals(database) || device.startsWith(database + "."))
          && (best == null || database.length() > best.length())) {
        best = database;
      }
    }
    return best;
  }

  private List<String> firstColumn(String sql, String label) throws SQLException {
    List<String> values = new ArrayList<>();
    try (SessionDataSet rows = connection.session().executeQuery(sql)) {
      int column = column(rows, label, 0);
      while (rows.hasNext()) {
        RowRecord row = rows.next();
        if (!row.isNull(column)) {
          values.add(text(row.value(column)));
        }
      }
    } catch (ClientException e) {
      throw SqlErrors.of(e);
    }
    return values;
  }

  /** The index of the column labelled {@code label} (any case), else {@code fallback}. */
  private static int column(SessionDataSet rows, String label, int fallback) throws SQLException {
    List<String> names = rows.columnNames();
    for (int i = 0; i < names.size(); i++) {
      if (names.get(i).toLowerCase(Locale.ROOT).equals(label.toLowerCase(Locale.ROOT))) {
        return i;
      }
    }
    if (fallback >= names.size()) {
      throw new SQLException("the server's result has no column " + label + " (columns: " + names + ")");
    }
    return fallback;
  }

  private static String text(Object value) {
    return value instanceof byte[] ? new String((byte[]) value, StandardCharsets.UTF_8) : String.valueOf(value);
  }
}
