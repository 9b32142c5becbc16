package org.orrery.cli.csv;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Locale;
import java.util.regex.Pattern;
import org.orrery.common.error.OrreryException;
import org.orrery.common.time.DateTimeLiteral;
import org.orrery.common.time.TimestampPrecision;
import org.orrery.common.type.DataType;

/**
 * Turns CSV cells into typed values and infers the type of columns whose header declares none:
 * {@code true}/{@code false} are BOOLEAN, whole numbers INT64, other numbers DOUBLE, anything
 * else TEXT; a column mixing whole and other numbers is DOUBLE, any other mix TEXT.
 */
public final class CsvValues {
  private static final Pattern INTEGER = Pattern.compile("[-+]?\\d+");
  private static final Pattern DECIMAL =
      Pattern.compile("[-+]?(\\d+\\.?\\d*|\\.\\d+)([eE][-+]?\\d+)?|[-+]?(NaN|Infinity)");

  private final ZoneId zone;

  public CsvValues(ZoneId zone) {
    this.zone = zone;
  }

  /**
   * A timestamp cell: epoch milliseconds, or a datetime as SQL accepts it (e.g.
   * {@code 2024-01-01T00:00:00.000+08:00}; without zone it is read in the session zone).
   *
   * @throws IllegalArgumentException naming the cell when it is neither
   */
  public long time(String cell) {
    String text = cell.trim();
    if (INTEGER.matcher(text).matches()) {
      try {
        return Long.parseLong(text.startsWith("+") ? text.substring(1) : text);
      } catch (NumberFormatException e) {
        throw new IllegalArgumentException("timestamp out of range: '" + cell + "'");
      }
    }
    try {
      return DateTimeLiteral.parse(text).toTimestamp(zone, TimestampPrecision.MILLISECONDS);
    } catch (OrreryException e) {
      throw new IllegalArgumentException("not a timestamp: '" + cell + "'");
    }
  }

  /** The narrowest type that fits {@code cell} (never null for a non-null cell). */
  public static DataType inferType(String cell) {
    String text = cell.trim();
    if (text.equalsIgnoreCase("true") || text.equalsIgnoreCase("false")) {
      return DataType.BOOLEAN;
    }
    if (INTEGER.matcher(text).matches()) {
      return DataType.INT64;
    }
    if (DECIMAL.matcher(text).matches()) {
      return DataType.DOUBLE;
    }
    return DataType.TEXT;
  }

  /** The type of a column holding values of both types ({@code null} = nothing seen yet). */
  public static DataType widen(DataType seen, DataType next) {
    if (seen == null || seen == next) {
      return next;
    }
    if ((seen == DataType.INT64 && next == DataType.DOUBLE) || (seen == DataType.DOUBLE && next == DataType.INT64)) {
      return DataType.DOUBLE;
    }
    return DataType.TEXT;
  }

  /**
   * The value of {@code cell} as {@code type}, boxed as {@link org.orrery.cli.server.DeviceBatch}
   * expects.
   *
   * @throws IllegalArgumentException naming the cell and type when it does not fit
   */
  public Object value(String cell, DataType type) {
    try {
      switch (type) {
        case BOOLEAN:
          return bool(cell);
        case INT32:
          return Integer.parseInt(cell.trim());
        case INT64:
          return Long.parseLong(cell.trim());
        case FLOAT:
          return Float.parseFloat(cell.trim());
        case DOUBLE:
          return Double.parseDouble(cell.trim());
        case TIMESTAMP:
          return time(cell);
        case DATE:
          LocalDate date = LocalDate.parse(cell.trim());
          return date.getYear() * 10000 + date.getMonthValue() * 100 + date.getDayOfMonth();
        case BLOB:
          return blob(cell.trim());
        default:
          return cell;
      }
    } catch (NumberFormatException | DateTimeException e) {
      throw new IllegalArgumentException("'" + cell + "' is not a " + type);
    }
  }

  private static Boolean bool(String cell) {
    String text = cell.trim().toLowerCase(Locale.ROOT);
    if (text.equals("true")) {
      return Boolean.TRUE;
    }
    if (text.equals("false")) {
      return Boolean.FALSE;
    }
    throw new IllegalArgumentException("'" + cell + "' is not a BOOLEAN");
  }

  /** A blob written as {@code 0x} and hex digits (the form the CLI prints). */
  private static byte[] blob(String text) {
    if (!(text.startsWith("0x") || text.startsWith("0X")) || text.length() % 2 != 0) {
      throw new IllegalArgumentException("'" + text + "' is not a BLOB (expected 0x and hex digits)");
    }
    byte[] bytes = new byte[(text.length() - 2) / 2];
    for (int i = 0; i < bytes.length; i++) {
      int high = Character.digit(text.charAt(2 + 2 * i), 16);
      int low = Character.digit(text.charAt(3 + 2 * i), 16);
      if (high < 0 || low < 0) {
        throw new IllegalArgumentException("'" + text + "' is not a BLOB (expected 0x and hex digits)");
      }
      bytes[i] = (byte) (high << 4 | low);
    }
    return bytes;
  }
}
