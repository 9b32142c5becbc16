package org.orrery.jdbc;

import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.util.List;
import org.orrery.common.type.DataType;

/**
 * Columns of a result: labels as the server prints them (e.g. {@code root.sg.d1.s1},
 * {@code count(root.sg.d1.s1)}), {@code Time} first when present. Every column may hold no value
 * except the time column.
 */
final class OrreryResultSetMetaData implements ResultSetMetaData {
  private final List<String> labels;
  private final List<DataType> types;
  private final boolean timeColumn;

  OrreryResultSetMetaData(List<String> labels, List<DataType> types, boolean timeColumn) {
    this.labels = List.copyOf(labels);
    this.types = List.copyOf(types);
    this.timeColumn = timeColumn;
  }

  private DataType type(int column) throws SQLException {
    if (column < 1 || column > types.size()) {
      throw new SQLException("column index " + column + " out of range 1.." + types.size(), "07009");
    }
    return types.get(column - 1);
  }

  @Override
  public int getColumnCount() {
    return labels.size();
  }

  @Override
  public boolean isAutoIncrement(int column) throws SQLException {
    type(column);
    return false;
  }

  @Override
  public boolean isCaseSensitive(int column) throws SQLException {
    return type(column).isBinary();
  }

  @Override
  public boolean isSearchable(int column) throws SQLException {
    type(column);
    return true;
  }

  @Override
  public boolean isCurrency(int column) throws SQLException {
    type(column);
    return false;
  }

  @Override
  public int isNullable(int column) throws SQLException {
    type(column);
    return timeColumn && column == 1 ? columnNoNulls : columnNullable;
  }

  @Override
  public boolean isSigned(int column) throws SQLException {
    return JdbcTypes.isSigned(type(column));
  }

  @Override
  public int getColumnDisplaySize(int column) throws SQLException {
    return JdbcTypes.displaySize(type(column));
  }

  @Override
  public String getColumnLabel(int column) throws SQLException {
    type(column);
    return labels.get(column - 1);
  }

  @Override
  public String getColumnName(int column) throws SQLException {
    return getColumnLabel(column);
  }

  @Override
  public String getSchemaName(int column) throws SQLException {
    type(column);
    return "";
  }

  @Override
  public int getPrecision(int column) throws SQLException {
    return JdbcTypes.precision(type(column));
  }

  @Override
  public int getScale(int column) throws SQLException {
    type(column);
    return 0;
  }

  @Override
  public String getTableName(int column) throws SQLException {
    type(column);
    return "";
  }

  @Override
  public String getCatalogName(int column) throws SQLException {
    type(column);
    return "";
  }

  @Override
  public int getColumnType(int column) throws SQLException {
    return JdbcTypes.sqlType(type(column));
  }

  @Override
  public String getColumnTypeName(int column) throws SQLException {
    return type(column).name();
  }

  @Override
  public boolean isReadOnly(int column) throws SQLException {
    type(column);
    return true;
  }

  @Override
  public boolean isWritable(int column) throws SQLException {
    type(column);
    return false;
  }

  @Override
  public boolean isDefinitelyWritable(int column) throws SQLException {
    type(column);
    return false;
  }

  @Override
  public String getColumnClassName(int column) throws SQLException {
    return JdbcTypes.className(type(column));
  }

  @Override
  public <T> T unwrap(Class<T> type) throws SQLException {
    if (type.isInstance(this)) {
      return type.cast(this);
    }
    throw new SQLException("not a wrapper of " + type.getName());
  }

  @Override
  public boolean isWrapperFor(Class<?> type) {
    return type.isInstance(this);
  }
}
