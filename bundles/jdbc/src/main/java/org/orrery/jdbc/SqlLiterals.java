package org.orrery.jdbc;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.sql.SQLException;
import java.sql.Types;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;

/**
 * Renders parameter values as SQL literals of the server's dialect, so that no value can change
 * the statement's structure: text in single quotes with quotes doubled (the dialect has no
 * backslash escapes), numbers in plain decimal form, booleans as {@code true}/{@code false},
 * instants as epoch milliseconds (usable as timestamps in INSERT and in time predicates), dates
 * as {@code 'yyyy-MM-dd'}.
 */
final class SqlLiterals {
  private SqlLiterals() {}

  static String nullLiteral() {
    return "null";
  }

  static String text(String value) {
    return "'" + value.replace("'", "''") + "'";
  }

  static String integer(long value) {
    return Long.toString(value);
  }

  /**
   * @throws SQLException (22000) for NaN and infinities, which the dialect cannot write
   */
  static String floating(double value, int index) throws SQLException {
    if (Double.isNaN(value) || Double.isInfinite(value)) {
      throw new SQLException("parameter " + index + ": " + value + " has no SQL literal", "22000");
    }
    return Double.toString(value);
  }

  static String floating(float value, int index) throws SQLException {
    if (Float.isNaN(value) || Float.isInfinite(value)) {
      throw new SQLException("parameter " + index + ": " + value + " has no SQL literal", "22000");
    }
    return Float.toString(value);
  }

  static String bool(boolean value) {
    return value ? "true" : "false";
  }

  static String decimal(BigDecimal value) {
    return value.toPlainString();
  }

  static String date(LocalDate value) {
    return "'" + value + "'";
  }

  /** Any supported Java value, chosen by its class. */
  static String of(Object value, int index, ZoneId zone) throws SQLException {
    if (value == null) {
      return nullLiteral();
    }
    if (value instanceof String) {
      return text((String) value);
    }
    if (value instanceof Character) {
      return text(value.toString());
    }
    if (value instanceof Boolean) {
      return bool((Boolean) value);
    }
    if (value instanceof Long || value instanceof Integer || value instanceof Short || value instanceof Byte) {
      return integer(((Number) value).longValue());
    }
    if (value instanceof Double) {
      return floating((Double) value, index);
    }
    if (value instanceof Float) {
      return floating((Float) value, index);
    }
    if (value instanceof BigDecimal) {
      return decimal((BigDecimal) value);
    }
    if (value instanceof BigInteger) {
      return value.toString();
    }
    if (value instanceof java.sql.Date) {
      return date(((java.sql.Date) value).toLocalDate());
    }
    if (value instanceof java.util.Date) {
      // java.sql.Timestamp and java.sql.Time are instants too
      return integer(((java.util.Date) value).getTime());
    }
    if (value instanceof Instant) {
      return integer(((Instant) value).toEpochMilli());
    }
    if (value instanceof OffsetDateTime) {
      return integer(((OffsetDateTime) value).toInstant().toEpochMilli());
    }
    if (value instanceof ZonedDateTime) {
      return integer(((ZonedDateTime) value).toInstant().toEpochMilli());
    }
    if (value instanceof LocalDateTime) {
      return integer(((LocalDateTime) value).atZone(zone).toInstant().toEpochMilli());
    }
    if (value instanceof LocalDate) {
      return date((LocalDate) value);
    }
    throw new SQLException("parameter " + index + ": values of " + value.getClass().getName()
        + " have no SQL literal", "22000");
  }

  /** A value converted to {@code sqlType} first, as {@code setObject(i, value, sqlType)} asks. */
  static String of(Object value, int sqlType, int index, ZoneId zone) throws SQLException {
    if (value == null) {
      return nullLiteral();
    }
    switch (sqlType) {
      case Types.VARCHAR:
      case Types.CHAR:
      case Types.LONGVARCHAR:
      case Types.NVARCHAR:
      case Types.NCHAR:
        return text(value instanceof byte[] ? new String((byte[]) value, java.nio.charset.StandardCharsets.UTF_8)
            : value.toString());
      case Types.BOOLEAN:
      case Types.BIT:
        if (value instanceof Number) {
          return bool(((Number) value).doubleValue() != 0);
        }
        return bool(Boolean.parseBoolean(value.toString().trim()));
      case Types.TINYINT:
      case Types.SMALLINT:
      case Types.INTEGER:
      case Types.BIGINT:
        try {
          return integer(number(value, index).setScale(0, java.math.RoundingMode.DOWN).longValueExact());
        } catch (ArithmeticException e) {
          throw new SQLException("parameter " + index + ": " + value + " is out of the range of BIGINT", "22003");
        }
      case Types.REAL:
      case Types.FLOAT:
      case Types.DOUBLE:
      case Types.DECIMAL:
      case Types.NUMERIC:
        return decimal(number(value, index));
      default:
        return of(value, index, zone);
    }
  }

  private static BigDecimal number(Object value, int index) throws SQLException {
    try {
      if (value instanceof BigDecimal) {
        return (BigDecimal) value;
      }
      if (value instanceof Double || value instanceof Float) {
        return BigDecimal.valueOf(((Number) value).doubleValue());
      }
      if (value instanceof Number) {
        return BigDecimal.valueOf(((Number) value).longValue());
      }
      if (value instanceof Boolean) {
        return (Boolean) value ? BigDecimal.ONE : BigDecimal.ZERO;
      }
      return new BigDecimal(value.toString().trim());
    } catch (NumberFormatException | ArithmeticException e) {
      throw new SQLException("parameter " + index + ": '" + value + "' is not a number", "22018");
    }
  }
}
