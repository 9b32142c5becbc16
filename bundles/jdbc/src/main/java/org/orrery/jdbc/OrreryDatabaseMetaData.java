package org.orrery.jdbc;

import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import org.orrery.client.ClientException;
import org.orrery.common.type.DataType;

/**
 * The server-dependent part of {@link DatabaseMetaData}: product version, and the schema seen
 * relationally (see {@link SchemaCatalog}): {@code getCatalogs} lists databases, {@code getTables}
 * devices (TABLE_NAME is the full device path, so {@code SELECT * FROM <TABLE_NAME>} works),
 * {@code getColumns} a device's {@code Time} column and its measurements, {@code getPrimaryKeys}
 * the {@code Time} column. Kinds of objects Orrery does not have (procedures, keys, indexes,
 * user-defined types, privileges) give empty results with the columns JDBC prescribes.
 */
final class OrreryDatabaseMetaData extends DatabaseCapabilities {
  static final String TABLE_TYPE = "TABLE";

  private final OrreryConnection connection;
  private final SchemaCatalog catalog;
  private String serverVersion;

  OrreryDatabaseMetaData(OrreryConnection connection) {
    this.connection = connection;
    this.catalog = new SchemaCatalog(connection);
  }

  private ResultSet result(List<String> names, List<DataType> types, List<Object[]> rows) {
    return new OrreryResultSet(new ListRows(names, types, rows), null, connection.zone(), 0);
  }

  private ResultSet empty(String... names) {
    return new OrreryResultSet(ListRows.empty(names), null, connection.zone(), 0);
  }

  private static List<DataType> texts(int count) {
    DataType[] types = new DataType[count];
    Arrays.fill(types, DataType.TEXT);
    return Arrays.asList(types);
  }

  @Override
  public Connection getConnection() {
    return connection;
  }

  @Override
  public String getURL() {
    JdbcUrl.Settings settings = connection.settings();
    return JdbcUrl.PREFIX + settings.host() + ":" + settings.port() + "/";
  }

  @Override
  public String getUserName() {
    return connection.settings().user();
  }

  @Override
  public String getDatabaseProductName() {
    return "Orrery";
  }

  @Override
  public String getDatabaseProductVersion() throws SQLException {
    if (serverVersion == null) {
      try {
        serverVersion = connection.session().serverVersion();
      } catch (ClientException e) {
        throw SqlErrors.of(e);
      }
    }
    return serverVersion;
  }

  @Override
  public int getDatabaseMajorVersion() throws SQLException {
    return versionPart(0);
  }

  @Override
  public int getDatabaseMinorVersion() throws SQLException {
    return versionPart(1);
  }

  /** Part {@code index} of a version such as {@code 0.1.0-SNAPSHOT}; 0 when absent. */
  private int versionPart(int index) throws SQLException {
    String[] parts = getDatabaseProductVersion().split("[.\\-]");
    if (index >= parts.length) {
      return 0;
    }
    try {
      return Integer.parseInt(parts[index]);
    } catch (NumberFormatException e) {
      return 0;
    }
  }

  // ---- catalogs, tables, columns

  @Override
  public ResultSet getCatalogs() throws SQLException {
    List<Object[]> rows = new ArrayList<>();
    for (String database : new TreeSet<>(catalog.databases())) {
      rows.add(new Object[] {database});
    }
    return result(List.of("TABLE_CAT"), texts(1), rows);
  }

  @Override
  public ResultSet getSchemas() {
    return empty("TABLE_SCHEM", "TABLE_CATALOG");
  }

  @Override
  public ResultSet getSchemas(String catalogName, String schemaPattern) {
    return empty("TABLE_SCHEM", "TABLE_CATALOG");
  }

  @Override
  public ResultSet getTableTypes() {
    return result(List.of("TABLE_TYPE"), texts(1), List.<Object[]>of(new Object[] {TABLE_TYPE}));
  }

  /** Whether a schema pattern can match objects that have no schema. */
  private static boolean noSchemaMatches(String schemaPattern) {
    return schemaPattern == null || schemaPattern.isEmpty() || NamePattern.of(schemaPattern).matches("");
  }

  /** Catalog filter semantics of JDBC: null ignores the catalog, "" selects objects without one. */
  private static boolean catalogMatches(String wanted, String actual) {
    return wanted == null || (actual == null ? wanted.isEmpty() : wanted.equals(actual));
  }

  /** Devices (with their database) that match the filters, ordered by catalog then name. */
  private List<String[]> matchingDevices(String catalogName, String schemaPattern, String tablePattern)
      throws SQLException {
    List<String[]> matches = new ArrayList<>();
    if (!noSchemaMatches(schemaPattern)) {
      return matches;
    }
    List<String> databases = catalog.databases();
    NamePattern tables = NamePattern.of(tablePattern);
    for (String device : catalog.devices()) {
      String database = SchemaCatalog.databaseOf(device, databases);
      if (catalogMatches(catalogName, database) && tables.matches(device)) {
        matches.add(new String[] {database, device});
      }
    }
    matches.sort(Comparator.<String[], String>comparing(m -> m[0] == null ? "" : m[0]).thenComparing(m -> m[1]));
    return matches;
  }

  @Override
  public ResultSet getTables(String catalogName, String schemaPattern, String tableNamePattern, String[] types)
      throws SQLException {
    List<String> names = List.of("TABLE_CAT", "TABLE_SCHEM", "TABLE_NAME", "TABLE_TYPE", "REMARKS", "TYPE_CAT",
        "TYPE_SCHEM", "TYPE_NAME", "SELF_REFERENCING_COL_NAME", "REF_GENERATION");
    List<Object[]> rows = new ArrayList<>();
    if (types == null || Arrays.asList(types).contains(TABLE_TYPE)) {
      for (String[] device : matchingDevices(catalogName, schemaPattern, tableNamePattern)) {
        rows.add(new Object[] {device[0], null, device[1], TABLE_TYPE, null, null, null, null, null, null});
      }
    }
    return result(names, texts(names.size()), rows);
  }

  @Override
  public ResultSet getColumns(String catalogName, String schemaPattern, String tableNamePattern,
                              String columnNamePattern) throws SQLException {
    List<String> names = List.of("TABLE_CAT", "TABLE_SCHEM", "TABLE_NAME", "COLUMN_NAME", "DATA_TYPE", "TYPE_NAME",
        "COLUMN_SIZE", "BUFFER_LENGTH", "DECIMAL_DIGITS", "NUM_PREC_RADIX", "NULLABLE", "REMARKS", "COLUMN_DEF",
        "SQL_DATA_TYPE", "SQL_DATETIME_SUB", "CHAR_OCTET_LENGTH", "ORDINAL_POSITION", "IS_NULLABLE",
        "SCOPE_CATALOG", "SCOPE_SCHEMA", "SCOPE_TABLE", "SOURCE_DATA_TYPE", "IS_AUTOINCREMENT", "IS_GENERATEDCOLUMN");
    DataType t = DataType.TEXT;
    DataType i = DataType.INT32;
    List<DataType> types = List.of(t, t, t, t, i, t, i, i, i, i, i, t, t, i, i, i, i, t, t, t, t, i, t, t);
    List<Object[]> rows = new ArrayList<>();
    if (!noSchemaMatches(schemaPattern)) {
      return result(names, types, rows);
    }
    List<String> databases = catalog.databases();
    NamePattern tables = NamePattern.of(tableNamePattern);
    NamePattern columns = NamePattern.of(columnNamePattern);
    // device -> its series, devices in name order, series in the server's order
    Map<String, List<SchemaCatalog.Series>> byDevice = new TreeMap<>();
    for (SchemaCatalog.Series series : catalog.series()) {
      if (tables.matches(series.device()) && catalogMatches(catalogName, SchemaCatalog.databaseOf(series.device(), databases))) {
        byDevice.computeIfAbsent(series.device(), d -> new ArrayList<>()).add(series);
      }
    }
    for (Map.Entry<String, List<SchemaCatalog.Series>> device : byDevice.entrySet()) {
      String database = SchemaCatalog.databaseOf(device.getKey(), databases);
      int ordinal = 1;
      if (columns.matches(OrreryResultSet.TIME_LABEL)) {
        rows.add(column(database, device.getKey(), OrreryResultSet.TIME_LABEL, DataType.TIMESTAMP, ordinal, false));
      }
      for (SchemaCatalog.Series series : device.getValue()) {
        ordinal++;
        if (columns.matches(series.measurement())) {
          rows.add(column(database, device.getKey(), series.measurement(), series.type(), ordinal, true));
        }
      }
    }
    return result(names, types, rows);
  }

  private static Object[] column(String database, String device, String name, DataType type, int ordinal,
                                 boolean nullable) {
    int size = JdbcTypes.precision(type);
    return new Object[] {
      database, null, device, name, JdbcTypes.sqlType(type), type.name(),
      size == 0 ? null : size, null, 0, 10,
      nullable ? columnNullable : columnNoNulls, null, null, null, null,
      type.isBinary() ? Integer.MAX_VALUE : null, ordinal, nullable ? "YES" : "NO",
      null, null, null, null, "NO", "NO"};
  }

  /** Within one device, the time column identifies a row. */
  @Override
  public ResultSet getPrimaryKeys(String catalogName, String schema, String table) throws SQLException {
    List<String> names = List.of("TABLE_CAT", "TABLE_SCHEM", "TABLE_NAME", "COLUMN_NAME", "KEY_SEQ", "PK_NAME");
    List<DataType> types = List.of(DataType.TEXT, DataType.TEXT, DataType.TEXT, DataType.TEXT, DataType.INT32,
        DataType.TEXT);
    List<Object[]> rows = new ArrayList<>();
    if (table != null) {
      for (String[] device : matchingDevices(catalogName, schema, escapePattern(table))) {
        rows.add(new Object[] {device[0], null, device[1], OrreryResultSet.TIME_LABEL, 1, "PK_TIME"});
      }
    }
    return result(names, types, rows);
  }

  /** A literal name as a pattern that matches only itself. */
  private static String escapePattern(String name) {
    return name.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
  }

  @Override
  public ResultSet getTypeInfo() {
    List<String> names = List.of("TYPE_NAME", "DATA_TYPE", "PRECISION", "LITERAL_PREFIX", "LITERAL_SUFFIX",
        "CREATE_PARAMS", "NULLABLE", "CASE_SENSITIVE", "SEARCHABLE", "UNSIGNED_ATTRIBUTE", "FIXED_PREC_SCALE",
        "AUTO_INCREMENT", "LOCAL_TYPE_NAME", "MINIMUM_SCALE", "MAXIMUM_SCALE", "SQL_DATA_TYPE", "SQL_DATETIME_SUB",
        "NUM_PREC_RADIX");
    DataType t = DataType.TEXT;
    DataType i = DataType.INT32;
    DataType b = DataType.BOOLEAN;
    List<DataType> types = List.of(t, i, i, t, t, t, i, b, i, b, b, b, t, i, i, i, i, i);
    List<Object[]> rows = new ArrayList<>();
    for (DataType type : DataType.values()) {
      boolean quoted = type.isBinary() || type == DataType.DATE;
      rows.add(new Object[] {
        type.name(), JdbcTypes.sqlType(type), JdbcTypes.precision(type), quoted ? "'" : null, quoted ? "'" : null,
        null, typeNullable, type.isBinary(), typeSearchable, !type.isNumeric(), false, false, type.name(), 0, 0,
        null, null, 10});
    }
    rows.sort(Comparator.comparing(row -> (Integer) row[1]));
    return result(names, types, rows);
  }

  // ---- objects Orrery does not have: empty results with the prescribed columns

  @Override
  public ResultSet getProcedures(String catalogName, String schemaPattern, String procedureNamePattern) {
    return empty("PROCEDURE_CAT", "PROCEDURE_SCHEM", "PROCEDURE_NAME", "reserved1", "reserved2", "reserved3",
        "REMARKS", "PROCEDURE_TYPE", "SPECIFIC_NAME");
  }

  @Override
  public ResultSet getProcedureColumns(String catalogName, String schemaPattern, String procedureNamePattern,
                                       String columnNamePattern) {
    return empty("PROCEDURE_CAT", "PROCEDURE_SCHEM", "PROCEDURE_NAME", "COLUMN_NAME", "COLUMN_TYPE", "DATA_TYPE",
        "TYPE_NAME", "PRECISION", "LENGTH", "SCALE", "RADIX", "NULLABLE", "REMARKS", "COLUMN_DEF", "SQL_DATA_TYPE",
        "SQL_DATETIME_SUB", "CHAR_OCTET_LENGTH", "ORDINAL_POSITION", "IS_NULLABLE", "SPECIFIC_NAME");
  }

  @Override
  public ResultSet getColumnPrivileges(String catalogName, String schema, String table, String columnNamePattern) {
    return empty("TABLE_CAT", "TABLE_SCHEM", "TABLE_NAME", "COLUMN_NAME", "GRANTOR", "GRANTEE", "PRIVILEGE",
        "IS_GRANTABLE");
  }

  @Override
  public ResultSet getTablePrivileges(String catalogName, String schemaPattern, String tableNamePattern) {
    return empty("TABLE_CAT", "TABLE_SCHEM", "TABLE_NAME", "GRANTOR", "GRANTEE", "PRIVILEGE", "IS_GRANTABLE");
  }

  @Override
  public ResultSet getBestRowIdentifier(String catalogName, String schema, String table, int scope, boolean nullable) {
    return empty("SCOPE", "COLUMN_NAME", "DATA_TYPE", "TYPE_NAME", "COLUMN_SIZE", "BUFFER_LENGTH", "DECIMAL_DIGITS",
        "PSEUDO_COLUMN");
  }

  @Override
  public ResultSet getVersionColumns(String catalogName, String schema, String table) {
    return empty("SCOPE", "COLUMN_NAME", "DATA_TYPE", "TYPE_NAME", "COLUMN_SIZE", "BUFFER_LENGTH", "DECIMAL_DIGITS",
        "PSEUDO_COLUMN");
  }

  private ResultSet emptyKeys() {
    return empty("PKTABLE_CAT", "PKTABLE_SCHEM", "PKTABLE_NAME", "PKCOLUMN_NAME", "FKTABLE_CAT", "FKTABLE_SCHEM",
        "FKTABLE_NAME", "FKCOLUMN_NAME", "KEY_SEQ", "UPDATE_RULE", "DELETE_RULE", "FK_NAME", "PK_NAME",
        "DEFERRABILITY");
  }

  @Override
  public ResultSet getImportedKeys(String catalogName, String schema, String table) {
    return emptyKeys();
  }

  @Override
  public ResultSet getExportedKeys(String catalogName, String schema, String table) {
    return emptyKeys();
  }

  @Override
  public ResultSet getCrossReference(String parentCatalog, String parentSchema, String parentTable,
                                     String foreignCatalog, String foreignSchema, String foreignTable) {
    return emptyKeys();
  }

  @Override
  public ResultSet getIndexInfo(String catalogName, String schema, String table, boolean unique, boolean approximate) {
    return empty("TABLE_CAT", "TABLE_SCHEM", "TABLE_NAME", "NON_UNIQUE", "INDEX_QUALIFIER", "INDEX_NAME", "TYPE",
        "ORDINAL_POSITION", "COLUMN_NAME", "ASC_OR_DESC", "CARDINALITY", "PAGES", "FILTER_CONDITION");
  }

  @Override
  public ResultSet getUDTs(String catalogName, String schemaPattern, String typeNamePattern, int[] types) {
    return empty("TYPE_CAT", "TYPE_SCHEM", "TYPE_NAME", "CLASS_NAME", "DATA_TYPE", "REMARKS", "BASE_TYPE");
  }

  @Override
  public ResultSet getSuperTypes(String catalogName, String schemaPattern, String typeNamePattern) {
    return empty("TYPE_CAT", "TYPE_SCHEM", "TYPE_NAME", "SUPERTYPE_CAT", "SUPERTYPE_SCHEM", "SUPERTYPE_NAME");
  }

  @Override
  public ResultSet getSuperTables(String catalogName, String schemaPattern, String tableNamePattern) {
    return empty("TABLE_CAT", "TABLE_SCHEM", "TABLE_NAME", "SUPERTABLE_NAME");
  }

  @Override
  public ResultSet getAttributes(String catalogName, String schemaPattern, String typeNamePattern,
                                 String attributeNamePattern) {
    return empty("TYPE_CAT", "TYPE_SCHEM", "TYPE_NAME", "ATTR_NAME", "DATA_TYPE", "ATTR_TYPE_NAME", "ATTR_SIZE",
        "DECIMAL_DIGITS", "NUM_PREC_RADIX", "NULLABLE", "REMARKS", "ATTR_DEF", "SQL_DATA_TYPE", "SQL_DATETIME_SUB",
        "CHAR_OCTET_LENGTH", "ORDINAL_POSITION", "IS_NULLABLE", "SCOPE_CATALOG", "SCOPE_SCHEMA", "SCOPE_TABLE",
        "SOURCE_DATA_TYPE");
  }

  @Override
  public ResultSet getClientInfoProperties() {
    return empty("NAME", "MAX_LEN", "DEFAULT_VALUE", "DESCRIPTION");
  }

  @Override
  public ResultSet getFunctions(String catalogName, String schemaPattern, String functionNamePattern) {
    return empty("FUNCTION_CAT", "FUNCTION_SCHEM", "FUNCTION_NAME", "REMARKS", "FUNCTION_TYPE", "SPECIFIC_NAME");
  }

  @Override
  public ResultSet getFunctionColumns(String catalogName, String schemaPattern, String functionNamePattern,
                                      String columnNamePattern) {
    return empty("FUNCTION_CAT", "FUNCTION_SCHEM", "FUNCTION_NAME", "COLUMN_NAME", "COLUMN_TYPE", "DATA_TYPE",
        "TYPE_NAME", "PRECISION", "LENGTH", "SCALE", "RADIX", "NULLABLE", "REMARKS", "CHAR_OCTET_LENGTH",
        "ORDINAL_POSITION", "IS_NULLABLE", "SPECIFIC_NAME");
  }

  @Override
  public ResultSet getPseudoColumns(String catalogName, String schemaPattern, String tableNamePattern,
                                    String columnNamePattern) {
    return empty("TABLE_CAT", "TABLE_SCHEM", "TABLE_NAME", "COLUMN_NAME", "DATA_TYPE", "COLUMN_SIZE",
        "DECIMAL_DIGITS", "NUM_PREC_RADIX", "COLUMN_USAGE", "REMARKS", "CHAR_OCTET_LENGTH", "IS_NULLABLE");
  }
}
