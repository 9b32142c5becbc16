package org.orrery.functions.support;

import org.orrery.common.block.Column;

/** Reads numeric columns of any numeric type as {@code double}s, one typed loop per type. */
public final class NumericColumns {
  private NumericColumns() {}

  /**
   * The first {@code rows} values of a numeric column as doubles (values at null positions are
   * unspecified).
   */
  public static double[] toDoubles(Column column, int rows) {
    double[] out = new double[rows];
    switch (column.type()) {
      case INT32:
      case DATE: {
        int[] in = column.ints();
        for (int i = 0; i < rows; i++) {
          out[i] = in[i];
        }
        return out;
      }
      case INT64:
      case TIMESTAMP: {
        long[] in = column.longs();
        for (int i = 0; i < rows; i++) {
          out[i] = in[i];
        }
        return out;
      }
      case FLOAT: {
        float[] in = column.floats();
        for (int i = 0; i < rows; i++) {
          out[i] = in[i];
        }
        return out;
      }
      case DOUBLE:
        System.arraycopy(column.doubles(), 0, out, 0, rows);
        return out;
      default:
        throw new IllegalArgumentException("a " + column.type() + " column is not numeric");
    }
  }
}
