package org.orrery.udf.api.column;

import org.orrery.udf.api.type.Type;

/** An INT64 or TIMESTAMP column over a {@code long[]}. */
final class LongArrayColumn extends ArrayColumn {
  private final long[] values;

  LongArrayColumn(Type type, long[] values, boolean[] nulls) {
    super(type, values.length, nulls);
    ColumnAccess.requireType(type, Type.INT64, Type.TIMESTAMP);
    this.values = values;
  }

  @Override
  public long getLong(int position) {
    return values[position];
  }
}
