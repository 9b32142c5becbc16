package org.orrery.cli.result;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import org.orrery.common.type.DataType;

/**
 * Renders timestamps and values as text, the same way in every output format: timestamps as
 * epoch milliseconds or as {@code yyyy-MM-dd'T'HH:mm:ss.SSS+hh:mm} in the session zone (IoTDB's
 * CLI form), text as its UTF-8 characters, blobs as {@code 0x} and lower-case hex, dates as
 * {@code yyyy-MM-dd}, numbers as Java prints them.
 */
public final class ValueText {
  private static final DateTimeFormatter ISO_MILLIS =
      DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss.SSSxxx");
  private static final char[] HEX = "0123456789abcdef".toCharArray();

  private final TimeFormat timeFormat;
  private final ZoneId zone;

  public ValueText(TimeFormat timeFormat, ZoneId zone) {
    this.timeFormat = timeFormat;
    this.zone = zone;
  }

  public TimeFormat timeFormat() {
    return timeFormat;
  }

  public ZoneId zone() {
    return zone;
  }

  /** A timestamp (milliseconds since the epoch) in the configured format. */
  public String time(long millis) {
    if (timeFormat == TimeFormat.EPOCH) {
      return Long.toString(millis);
    }
    return ISO_MILLIS.format(Instant.ofEpochMilli(millis).atZone(zone));
  }

  /** The text of a value of {@code type}, or {@code null} for no value. */
  public String value(Object value, DataType type) {
    if (value == null) {
      return null;
    }
    switch (type) {
      case TEXT:
      case STRING:
        return value instanceof byte[]
            ? new String((byte[]) value, StandardCharsets.UTF_8)
            : value.toString();
      case BLOB:
        return value instanceof byte[] ? hex((byte[]) value) : value.toString();
      case DATE:
        return value instanceof Integer ? date((Integer) value) : value.toString();
      case TIMESTAMP:
        return value instanceof Long ? time((Long) value) : value.toString();
      default:
        return value.toString();
    }
  }

  /** {@code 0x} followed by two lower-case hex digits per byte (IoTDB's blob literal form). */
  public static String hex(byte[] bytes) {
    StringBuilder text = new StringBuilder(2 + bytes.length * 2).append("0x");
    for (byte b : bytes) {
      text.append(HEX[(b >> 4) & 0xF]).append(HEX[b & 0xF]);
    }
    return text.toString();
  }

  /** A DATE value, stored as the integer yyyyMMdd, as {@code yyyy-MM-dd}. */
  public static String date(int yyyymmdd) {
    int year = yyyymmdd / 10000;
    int month = (yyyymmdd / 100) % 100;
    int day = yyyymmdd % 100;
    return String.format(java.util.Locale.ROOT, "%04d-%02d-%02d", year, month, day);
  }
}
