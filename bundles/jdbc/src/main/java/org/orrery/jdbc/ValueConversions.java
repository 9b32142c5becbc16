package org.orrery.jdbc;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.sql.Date;
import java.sql.SQLDataException;
import java.sql.SQLException;
import java.sql.Time;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Locale;
import org.orrery.common.type.DataType;

/**
 * The conversions behind the typed getters: each takes a non-null value boxed as
 * {@link org.orrery.common.block.Column#get} boxes it ({@code byte[]} or {@code String} for text,
 * {@code Integer} yyyyMMdd for DATE, {@code Long} milliseconds for TIMESTAMP) and its type.
 * Narrowing follows JDBC: floating-point values truncate towards zero, values out of the target's
 * range fail naming the column and value.
 */
final class ValueConversions {
  private static final char[] HEX = "0123456789abcdef".toCharArray();

  private ValueConversions() {}

  static String string(Object value, DataType type) {
    switch (type) {
      case TEXT:
      case STRING:
        return text(value);
      case BLOB:
        return value instanceof byte[] ? hex((byte[]) value) : value.toString();
      case DATE:
        return value instanceof Integer ? localDate((Integer) value).toString() : value.toString();
      default:
        return value.toString();
    }
  }

  static boolean bool(Object value, DataType type, String column) throws SQLException {
    if (value instanceof Boolean) {
      return (Boolean) value;
    }
    if (value instanceof Number) {
      return ((Number) value).doubleValue() != 0;
    }
    String text = string(value, type).trim().toLowerCase(Locale.ROOT);
    if (text.equals("true") || text.equals("1")) {
      return true;
    }
    if (text.equals("false") || text.equals("0")) {
      return false;
    }
    throw mismatch(value, type, column, "boolean");
  }

  static long longValue(Object value, DataType type, String column, long min, long max, String target)
      throws SQLException {
    long result;
    if (value instanceof Boolean) {
      result = (Boolean) value ? 1 : 0;
    } else if (value instanceof Float || value instanceof Double) {
      double number = ((Number) value).doubleValue();
      if (Double.isNaN(number) || number < min || number > max) {
        throw outOfRange(value, column, target);
      }
      return (long) number;
    } else if (value instanceof Number) {
      result = ((Number) value).longValue();
    } else {
      try {
        result = new BigDecimal(string(value, type).trim()).longValueExact();
      } catch (NumberFormatException | ArithmeticException e) {
        throw mismatch(value, type, column, target);
      }
    }
    if (result < min || result > max) {
      throw outOfRange(value, column, target);
    }
    return result;
  }

  static double doubleValue(Object value, DataType type, String column) throws SQLException {
    if (value instanceof Number) {
      return ((Number) value).doubleValue();
    }
    if (value instanceof Boolean) {
      return (Boolean) value ? 1 : 0;
    }
    try {
      return Double.parseDouble(string(value, type).trim());
    } catch (NumberFormatException e) {
      throw mismatch(value, type, column, "double");
    }
  }

  static BigDecimal decimal(Object value, DataType type, String column) throws SQLException {
    if (value instanceof Float || value instanceof Double) {
      double number = ((Number) value).doubleValue();
      if (Double.isNaN(number) || Double.isInfinite(number)) {
        throw mismatch(value, type, column, "BigDecimal");
      }
      return BigDecimal.valueOf(number);
    }
    if (value instanceof Number) {
      return BigDecimal.valueOf(((Number) value).longValue());
    }
    try {
      return new BigDecimal(string(value, type).trim());
    } catch (NumberFormatException e) {
      throw mismatch(value, type, column, "BigDecimal");
    }
  }

  static byte[] bytes(Object value, DataType type) {
    if (value instanceof byte[]) {
      return (byte[]) value;
    }
    return string(value, type).getBytes(StandardCharsets.UTF_8);
  }

  /** Milliseconds since the epoch of a time-like value (TIMESTAMP, INT64, DATE at midnight in {@code zone}). */
  static long millis(Object value, DataType type, String column, ZoneId zone) throws SQLException {
    if (type == DataType.DATE && value instanceof Integer) {
      return localDate((Integer) value).atStartOfDay(zone).toInstant().toEpochMilli();
    }
    if (value instanceof Long || value instanceof Integer) {
      return ((Number) value).longValue();
    }
    throw mismatch(value, type, column, "timestamp");
  }

  static Date date(Object value, DataType type, String column, ZoneId zone) throws SQLException {
    if (type == DataType.DATE && value instanceof Integer) {
      return Date.valueOf(localDate((Integer) value));
    }
    return new Date(millis(value, type, column, zone));
  }

  static Timestamp timestamp(Object value, DataType type, String column, ZoneId zone) throws SQLException {
    return new Timestamp(millis(value, type, column, zone));
  }

  static Time time(Object value, DataType type, String column, ZoneId zone) throws SQLException {
    return new Time(millis(value, type, column, zone));
  }

  /** The object {@code getObject} returns: the type's natural Java class. */
  static Object object(Object value, DataType type) {
    switch (type) {
      case TEXT:
      case STRING:
        return text(value);
      case DATE:
        return value instanceof Integer ? Date.valueOf(localDate((Integer) value)) : value;
      case TIMESTAMP:
        return value instanceof Long ? new Timestamp((Long) value) : value;
      default:
        return value;
    }
  }

  static LocalDate localDate(int yyyymmdd) {
    return LocalDate.of(yyyymmdd / 10000, (yyyymmdd / 100) % 100, yyyymmdd % 100);
  }

  private static String text(Object value) {
    return value instanceof byte[] ? new String((byte[]) value, StandardCharsets.UTF_8) : value.toString();
  }

  private static String hex(byte[] bytes) {
    StringBuilder text = new StringBuilder(2 + 2 * bytes.length).append("0x");
    for (byte b : bytes) {
      text.append(HEX[(b >> 4) & 0xF]).append(HEX[b & 0xF]);
    }
    return text.toString();
  }

  private static SQLException mismatch(Object value, DataType type, String column, String target) {
    return new SQLDataException(
        "column " + column + ": " + type + " value '" + string(value, type) + "' cannot be read as " + target, "22018");
  }

  private static SQLException outOfRange(Object value, String column, String target) {
    return new SQLDataException("column " + column + ": value " + value + " is out of the range of " + target, "22003");
  }
}
