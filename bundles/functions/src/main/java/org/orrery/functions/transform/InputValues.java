package org.orrery.functions.transform;

import org.orrery.udf.api.access.Row;
import org.orrery.udf.api.collector.PointCollector;
import org.orrery.udf.api.customizer.parameter.UDFParameterValidator;
import org.orrery.udf.api.type.Type;

/** Reading UDTF input values and writing them out again, by their type. */
final class InputValues {
  static final Type[] NUMERIC = {Type.INT32, Type.INT64, Type.FLOAT, Type.DOUBLE};

  private InputValues() {}

  /** Requires exactly one numeric input series. */
  static void requireOneNumericInput(UDFParameterValidator validator) {
    validator.validateInputSeriesNumber(1).validateInputSeriesDataType(0, NUMERIC);
  }

  /** A numeric column's value as a double. */
  static double doubleOf(Row row, int column) {
    switch (row.getDataType(column)) {
      case INT32:
        return row.getInt(column);
      case INT64:
        return row.getLong(column);
      case FLOAT:
        return row.getFloat(column);
      case DOUBLE:
        return row.getDouble(column);
      default:
        throw new IllegalArgumentException(
            "input " + column + " is " + row.getDataType(column) + ", not numeric");
    }
  }

  /**
   * Outputs the value of {@code row}'s {@code column} unchanged; the output type must be the
   * column's type.
   */
  static void copy(PointCollector collector, long time, Row row, int column) {
    switch (row.getDataType(column)) {
      case INT32:
        collector.putInt(time, row.getInt(column));
        break;
      case INT64:
      case TIMESTAMP:
        collector.putLong(time, row.getLong(column));
        break;
      case FLOAT:
        collector.putFloat(time, row.getFloat(column));
        break;
      case DOUBLE:
        collector.putDouble(time, row.getDouble(column));
        break;
      case BOOLEAN:
        collector.putBoolean(time, row.getBoolean(column));
        break;
      case DATE:
        collector.putDate(time, row.getDate(column));
        break;
      default:
        collector.putBinary(time, row.getBinary(column));
        break;
    }
  }

  /**
   * Outputs a number as {@code type}: whole types take the Java narrowing of the double
   * (truncation toward zero), FLOAT the nearest float.
   */
  static void putNumber(PointCollector collector, Type type, long time, double value) {
    switch (type) {
      case INT32:
        collector.putInt(time, (int) value);
        break;
      case INT64:
        collector.putLong(time, (long) value);
        break;
      case FLOAT:
        collector.putFloat(time, (float) value);
        break;
      default:
        collector.putDouble(time, value);
        break;
    }
  }
}
