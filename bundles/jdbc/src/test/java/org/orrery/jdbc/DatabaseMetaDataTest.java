package org.orrery.jdbc;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.orrery.common.type.DataType;
import org.orrery.engine.query.ResultColumn;
import org.orrery.rpc.RpcServer;
import org.orrery.rpc.RpcServerConfig;

/** DatabaseMetaData over scripted SHOW results shaped like IoTDB's. */
class DatabaseMetaDataTest {
  private static RpcServer server;
  private static String url;

  @BeforeAll
  static void startServer() {
    ScriptedEngine engine = new ScriptedEngine()
        .answer("SHOW DATABASES", untimed(List.of("Database", "TTL"), List.of(DataType.TEXT, DataType.INT64),
            new Object[] {"root.sg", null}, new Object[] {"root.ln", null}))
        .answer("SHOW DEVICES root.**", untimed(List.of("Device", "IsAligned"), List.of(DataType.TEXT, DataType.TEXT),
            new Object[] {"root.sg.d1", "false"}, new Object[] {"root.sg.`d 2`", "true"},
            new Object[] {"root.ln.wf01.wt01", "false"}))
        .answer("SHOW TIMESERIES root.**", untimed(
            List.of("Timeseries", "Alias", "Database", "DataType", "Encoding", "Compression"),
            List.of(DataType.TEXT, DataType.TEXT, DataType.TEXT, DataType.TEXT, DataType.TEXT, DataType.TEXT),
            new Object[] {"root.sg.d1.s1", null, "root.sg", "DOUBLE", "GORILLA", "LZ4"},
            new Object[] {"root.sg.d1.s2", null, "root.sg", "TEXT", "PLAIN", "LZ4"},
            new Object[] {"root.sg.`d 2`.s1", null, "root.sg", "INT32", "TS_2DIFF", "LZ4"},
            new Object[] {"root.ln.wf01.wt01.status", null, "root.ln", "BOOLEAN", "RLE", "LZ4"}));
    server = new RpcServer(RpcServerConfig.defaults().withPort(0), engine, new TwoUsers());
    server.start();
    url = "jdbc:orrery://127.0.0.1:" + server.port() + "/";
  }

  private static ScriptedEngine.Table untimed(List<String> names, List<DataType> types, Object[]... rows) {
    List<ResultColumn> columns = new ArrayList<>();
    for (int i = 0; i < names.size(); i++) {
      columns.add(new ResultColumn(names.get(i), types.get(i)));
    }
    return new ScriptedEngine.Table(false, columns, List.of(rows));
  }

  @AfterAll
  static void stopServer() {
    server.close();
  }

  private static List<String> column(ResultSet rs, String label) throws SQLException {
    List<String> values = new ArrayList<>();
    while (rs.next()) {
      values.add(rs.getString(label));
    }
    return values;
  }

  @Test
  void catalogsAreDatabasesAndTablesAreDevices() throws SQLException {
    try (Connection connection = DriverManager.getConnection(url, "root", "root")) {
      DatabaseMetaData meta = connection.getMetaData();
      assertEquals("Orrery", meta.getDatabaseProductName());
      assertEquals("`", meta.getIdentifierQuoteString());
      assertFalse(meta.supportsTransactions());
      assertEquals(List.of("root.ln", "root.sg"), column(meta.getCatalogs(), "TABLE_CAT"));
      assertEquals(List.of("TABLE"), column(meta.getTableTypes(), "TABLE_TYPE"));

      ResultSet tables = meta.getTables(null, null, "%", new String[] {"TABLE"});
      List<String> names = new ArrayList<>();
      List<String> catalogs = new ArrayList<>();
      while (tables.next()) {
        names.add(tables.getString("TABLE_NAME"));
        catalogs.add(tables.getString("TABLE_CAT"));
        assertEquals("TABLE", tables.getString(4));
      }
      assertEquals(List.of("root.ln.wf01.wt01", "root.sg.`d 2`", "root.sg.d1"), names);
      assertEquals(List.of("root.ln", "root.sg", "root.sg"), catalogs);
      assertEquals(List.of("root.sg.d1"), column(meta.getTables("root.sg", null, "root.sg.d_", null), "TABLE_NAME"));
      assertEquals(List.of(), column(meta.getTables(null, null, "%", new String[] {"VIEW"}), "TABLE_NAME"));
    }
  }

  @Test
  void columnsAreTimeThenMeasurements() throws SQLException {
    try (Connection connection = DriverManager.getConnection(url, "root", "root")) {
      ResultSet columns = connection.getMetaData().getColumns("root.sg", null, "root.sg.d1", "%");
      List<String> rows = new ArrayList<>();
      while (columns.next()) {
        rows.add(columns.getString("TABLE_NAME") + " " + columns.getString("COLUMN_NAME") + " "
            + columns.getInt("DATA_TYPE") + " " + columns.getString("TYPE_NAME") + " "
            + columns.getInt("ORDINAL_POSITION") + " " + columns.getString("IS_NULLABLE"));
      }
      assertEquals(List.of(
          "root.sg.d1 Time " + Types.TIMESTAMP + " TIMESTAMP 1 NO",
          "root.sg.d1 s1 " + Types.DOUBLE + " DOUBLE 2 YES",
          "root.sg.d1 s2 " + Types.VARCHAR + " TEXT 3 YES"), rows);

      ResultSet quoted = connection.getMetaData().getColumns(null, null, "root.sg.`d 2`", "s%");
      assertTrue(quoted.next());
      assertEquals("s1", quoted.getString("COLUMN_NAME"));
      assertEquals(Types.INTEGER, quoted.getInt("DATA_TYPE"));
      assertFalse(quoted.next());

      ResultSet keys = connection.getMetaData().getPrimaryKeys(null, null, "root.ln.wf01.wt01");
      assertTrue(keys.next());
      assertEquals("Time", keys.getString("COLUMN_NAME"));
      assertEquals("root.ln", keys.getString("TABLE_CAT"));
      assertFalse(keys.next());
    }
  }

  @Test
  void typeInfoListsEveryType() throws SQLException {
    try (Connection connection = DriverManager.getConnection(url, "root", "root")) {
      List<String> types = column(connection.getMetaData().getTypeInfo(), "TYPE_NAME");
      assertEquals(DataType.values().length, types.size());
      assertTrue(types.containsAll(List.of("BOOLEAN", "INT32", "INT64", "FLOAT", "DOUBLE", "TEXT", "BLOB")));
      ResultSet empty = connection.getMetaData().getIndexInfo(null, null, "root.sg.d1", false, true);
      assertEquals("INDEX_NAME", empty.getMetaData().getColumnLabel(6));
      assertFalse(empty.next());
    }
  }
}
