package org.orrery.udf.api.column;

import org.orrery.udf.api.type.Type;

/** A DOUBLE column over a {@code double[]}. */
final class DoubleArrayColumn extends ArrayColumn {
  private final double[] values;

  DoubleArrayColumn(double[] values, boolean[] nulls) {
    super(Type.DOUBLE, values.length, nulls);
    this.values = values;
  }

  @Override
  public double getDouble(int position) {
    return values[position];
  }
}
