package org.orrery.query.udtf;

import org.orrery.common.block.Column;
import org.orrery.udf.api.access.Row;
import org.orrery.udf.api.type.Binary;
import org.orrery.udf.api.type.Type;

/** A {@link Row} over one position of the input columns; moved from row to row, not copied. */
final class ColumnRow implements Row {
  private final long[] times;
  private final Column[] columns;
  private int position;

  ColumnRow(long[] times, Column[] columns) {
    this.times = times;
    this.columns = columns;
  }

  ColumnRow at(int position) {
    this.position = position;
    return this;
  }

  @Override
  public long getTime() {
    return times[position];
  }

  @Override
  public int size() {
    return columns.length;
  }

  @Override
  public Type getDataType(int columnIndex) {
    return UdfTypes.toUdf(columns[columnIndex].type());
  }

  @Override
  public boolean isNull(int columnIndex) {
    return columns[columnIndex].isNull(position);
  }

  @Override
  public boolean getBoolean(int columnIndex) {
    return columns[columnIndex].booleans()[position];
  }

  @Override
  public int getInt(int columnIndex) {
    return columns[columnIndex].ints()[position];
  }

  @Override
  public long getLong(int columnIndex) {
    return columns[columnIndex].longs()[position];
  }

  @Override
  public float getFloat(int columnIndex) {
    return columns[columnIndex].floats()[position];
  }

  @Override
  public double getDouble(int columnIndex) {
    return columns[columnIndex].doubles()[position];
  }

  @Override
  public Binary getBinary(int columnIndex) {
    return Binary.wrap(columns[columnIndex].binaries()[position]);
  }
}
