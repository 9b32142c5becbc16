package org.orrery.udf.api.column;

import org.orrery.udf.api.type.Type;

/** An INT32 or DATE column over an {@code int[]}. */
final class IntArrayColumn extends ArrayColumn {
  private final int[] values;

  IntArrayColumn(Type type, int[] values, boolean[] nulls) {
    super(type, values.length, nulls);
    ColumnAccess.requireType(type, Type.INT32, Type.DATE);
    this.values = values;
  }

  @Override
  public int getInt(int position) {
    return values[position];
  }
}
