package org.orrery.query.expression;

import java.util.Arrays;
import org.orrery.common.block.Column;
import org.orrery.common.type.DataType;
import org.orrery.query.block.Values;

/** Ordering of two non-null values of comparable types. */
final class Comparisons {
  private Comparisons() {}

  /** Whether values of the two types can be compared. */
  static boolean comparable(DataType a, DataType b) {
    if (isNumber(a) && isNumber(b)) {
      return true;
    }
    if (a.isBinary() && b.isBinary()) {
      return true;
    }
    return a == b;
  }

  static boolean isNumber(DataType type) {
    return type.isNumeric() || type == DataType.TIMESTAMP || type == DataType.DATE;
  }

  static int compare(Column a, int i, Column b, int j) {
    DataType ta = a.type();
    DataType tb = b.type();
    if (Values.isIntegral(ta) && Values.isIntegral(tb)) {
      return Long.compare(Values.asLong(a, i), Values.asLong(b, j));
    }
    if (isNumber(ta) && isNumber(tb)) {
      return Double.compare(Values.asDouble(a, i), Values.asDouble(b, j));
    }
    if (ta.isBinary() && tb.isBinary()) {
      return Arrays.compareUnsigned(a.binaries()[i], b.binaries()[j]);
    }
    if (ta == DataType.BOOLEAN && tb == DataType.BOOLEAN) {
      return Boolean.compare(a.booleans()[i], b.booleans()[j]);
    }
    throw new IllegalStateException("cannot compare " + ta + " with " + tb);
  }
}
