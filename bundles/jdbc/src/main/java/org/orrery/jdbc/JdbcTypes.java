package org.orrery.jdbc;

import java.sql.Types;
import org.orrery.common.type.DataType;

/** How Orrery's data types appear through JDBC. */
final class JdbcTypes {
  private JdbcTypes() {}

  /** The {@link Types} constant of a value column of {@code type}. */
  static int sqlType(DataType type) {
    switch (type) {
      case BOOLEAN:
        return Types.BOOLEAN;
      case INT32:
        return Types.INTEGER;
      case INT64:
        return Types.BIGINT;
      case FLOAT:
        return Types.REAL;
      case DOUBLE:
        return Types.DOUBLE;
      case TIMESTAMP:
        return Types.TIMESTAMP;
      case DATE:
        return Types.DATE;
      case BLOB:
        return Types.VARBINARY;
      default:
        return Types.VARCHAR;
    }
  }

  /** The class {@code getObject} returns for {@code type}. */
  static String className(DataType type) {
    switch (type) {
      case BOOLEAN:
        return Boolean.class.getName();
      case INT32:
        return Integer.class.getName();
      case INT64:
        return Long.class.getName();
      case FLOAT:
        return Float.class.getName();
      case DOUBLE:
        return Double.class.getName();
      case TIMESTAMP:
        return java.sql.Timestamp.class.getName();
      case DATE:
        return java.sql.Date.class.getName();
      case BLOB:
        return byte[].class.getName();
      default:
        return String.class.getName();
    }
  }

  /** Decimal digits of precision (numbers), characters (dates, times) or 0 when unbounded. */
  static int precision(DataType type) {
    switch (type) {
      case BOOLEAN:
        return 1;
      case INT32:
        return 10;
      case INT64:
        return 19;
      case FLOAT:
        return 7;
      case DOUBLE:
        return 15;
      case TIMESTAMP:
        return 29;
      case DATE:
        return 10;
      default:
        return 0;
    }
  }

  /** Characters needed to print any value, or {@link Integer#MAX_VALUE} for text and blobs. */
  static int displaySize(DataType type) {
    switch (type) {
      case BOOLEAN:
        return 5;
      case INT32:
        return 11;
      case INT64:
        return 20;
      case FLOAT:
        return 15;
      case DOUBLE:
        return 24;
      case TIMESTAMP:
        return 29;
      case DATE:
        return 10;
      default:
        return Integer.MAX_VALUE;
    }
  }

  static boolean isSigned(DataType type) {
    return type.isNumeric();
  }
}
