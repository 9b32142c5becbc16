package org.orrery.storage.read;

import org.orrery.common.type.DataType;

/**
 * Typed copies of the kept positions of a value array: one loop per array kind instead of a
 * one-element {@code System.arraycopy} per position, which dominated filtering and assembling.
 */
final class Gather {
  private Gather() {}

  /** The values at positions {@code i < size} where {@code kept[i]}, {@code count} of them. */
  static Object kept(DataType type, Object values, boolean[] kept, int size, int count) {
    switch (type) {
      case BOOLEAN: {
        boolean[] in = (boolean[]) values;
        boolean[] out = new boolean[count];
        for (int i = 0, n = 0; i < size; i++) {
          if (kept[i]) {
            out[n++] = in[i];
          }
        }
        return out;
      }
      case INT32:
      case DATE: {
        int[] in = (int[]) values;
        int[] out = new int[count];
        for (int i = 0, n = 0; i < size; i++) {
          if (kept[i]) {
            out[n++] = in[i];
          }
        }
        return out;
      }
      case INT64:
      case TIMESTAMP: {
        long[] in = (long[]) values;
        long[] out = new long[count];
        for (int i = 0, n = 0; i < size; i++) {
          if (kept[i]) {
            out[n++] = in[i];
          }
        }
        return out;
      }
      case FLOAT: {
        float[] in = (float[]) values;
        float[] out = new float[count];
        for (int i = 0, n = 0; i < size; i++) {
          if (kept[i]) {
            out[n++] = in[i];
          }
        }
        return out;
      }
      case DOUBLE: {
        double[] in = (double[]) values;
        double[] out = new double[count];
        for (int i = 0, n = 0; i < size; i++) {
          if (kept[i]) {
            out[n++] = in[i];
          }
        }
        return out;
      }
      default: {
        byte[][] in = (byte[][]) values;
        byte[][] out = new byte[count][];
        for (int i = 0, n = 0; i < size; i++) {
          if (kept[i]) {
            out[n++] = in[i];
          }
        }
        return out;
      }
    }
  }

  /**
   * Spreads {@code values} (one per row where {@code present[r]}, in row order) over {@code rows}
   * rows, written in reverse row order when {@code reversed}; absent rows keep the default value.
   */
  static Object scatter(DataType type, Object values, boolean[] present, int rows, boolean reversed) {
    Object out = org.orrery.common.block.Column.newArray(type, rows);
    switch (type) {
      case BOOLEAN: {
        boolean[] in = (boolean[]) values;
        boolean[] o = (boolean[]) out;
        for (int r = 0, j = 0; r < rows; r++) {
          if (present[r]) {
            o[reversed ? rows - 1 - r : r] = in[j++];
          }
        }
        break;
      }
      case INT32:
      case DATE: {
        int[] in = (int[]) values;
        int[] o = (int[]) out;
        for (int r = 0, j = 0; r < rows; r++) {
          if (present[r]) {
            o[reversed ? rows - 1 - r : r] = in[j++];
          }
        }
        break;
      }
      case INT64:
      case TIMESTAMP: {
        long[] in = (long[]) values;
        long[] o = (long[]) out;
        for (int r = 0, j = 0; r < rows; r++) {
          if (present[r]) {
            o[reversed ? rows - 1 - r : r] = in[j++];
          }
        }
        break;
      }
      case FLOAT: {
        float[] in = (float[]) values;
        float[] o = (float[]) out;
        for (int r = 0, j = 0; r < rows; r++) {
          if (present[r]) {
            o[reversed ? rows - 1 - r : r] = in[j++];
          }
        }
        break;
      }
      case DOUBLE: {
        double[] in = (double[]) values;
        double[] o = (double[]) out;
        for (int r = 0, j = 0; r < rows; r++) {
          if (present[r]) {
            o[reversed ? rows - 1 - r : r] = in[j++];
          }
        }
        break;
      }
      default: {
        byte[][] in = (byte[][]) values;
        byte[][] o = (byte[][]) out;
        for (int r = 0, j = 0; r < rows; r++) {
          if (present[r]) {
            o[reversed ? rows - 1 - r : r] = in[j++];
          }
        }
        break;
      }
    }
    return out;
  }
}
