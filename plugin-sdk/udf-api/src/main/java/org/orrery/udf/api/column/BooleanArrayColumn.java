package org.orrery.udf.api.column;

import org.orrery.udf.api.type.Type;

/** A BOOLEAN column over a {@code boolean[]}. */
final class BooleanArrayColumn extends ArrayColumn {
  private final boolean[] values;

  BooleanArrayColumn(boolean[] values, boolean[] nulls) {
    super(Type.BOOLEAN, values.length, nulls);
    this.values = values;
  }

  @Override
  public boolean getBoolean(int position) {
    return values[position];
  }
}
