package org.orrery.jdbc;

import java.util.ArrayList;
import java.util.List;
import org.orrery.common.type.DataType;

/** Rows the driver builds itself, e.g. for {@code DatabaseMetaData}; no time column. */
final class ListRows implements RowSource {
  private final List<String> names;
  private final List<DataType> types;
  private final List<Object[]> rows;
  private int position = -1;

  ListRows(List<String> names, List<DataType> types, List<Object[]> rows) {
    this.names = List.copyOf(names);
    this.types = List.copyOf(types);
    this.rows = new ArrayList<>(rows);
  }

  /** An empty result with the given VARCHAR columns (the shape JDBC prescribes for a metadata call). */
  static ListRows empty(String... names) {
    List<DataType> types = new ArrayList<>();
    for (int i = 0; i < names.length; i++) {
      types.add(DataType.TEXT);
    }
    return new ListRows(List.of(names), types, List.of());
  }

  @Override
  public boolean hasTimeColumn() {
    return false;
  }

  @Override
  public List<String> columnNames() {
    return names;
  }

  @Override
  public List<DataType> columnTypes() {
    return types;
  }

  @Override
  public boolean next() {
    if (position + 1 >= rows.size()) {
      position = rows.size();
      return false;
    }
    position++;
    return true;
  }

  @Override
  public boolean hasNext() {
    return position + 1 < rows.size();
  }

  @Override
  public long time() {
    throw new IllegalStateException("metadata rows have no time column");
  }

  @Override
  public Object value(int column) {
    return rows.get(position)[column];
  }

  @Override
  public void cancel() {
    position = rows.size();
  }

  @Override
  public void close() {
    position = rows.size();
  }
}
