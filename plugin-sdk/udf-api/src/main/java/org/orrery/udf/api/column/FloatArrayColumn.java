package org.orrery.udf.api.column;

import org.orrery.udf.api.type.Type;

/** A FLOAT column over a {@code float[]}. */
final class FloatArrayColumn extends ArrayColumn {
  private final float[] values;

  FloatArrayColumn(float[] values, boolean[] nulls) {
    super(Type.FLOAT, values.length, nulls);
    this.values = values;
  }

  @Override
  public float getFloat(int position) {
    return values[position];
  }
}
