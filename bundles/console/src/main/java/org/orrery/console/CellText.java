package org.orrery.console;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import org.orrery.common.block.Column;

/**
 * The text of one result cell as IoTDB's CLI prints it: times as
 * {@code yyyy-MM-dd'T'HH:mm:ss.SSS+hh:mm} in the given zone, FLOAT with the digits of a 32-bit
 * float ({@code 2.22}, not the {@code 2.2200000286102295} of its widening), DOUBLE as Java prints
 * it, text as UTF-8, blobs as {@code 0x} and lower-case hex, dates (stored as the integer
 * {@code yyyyMMdd}) as {@code yyyy-MM-dd}, and {@code null} for a missing value.
 */
final class CellText {
  static final String NULL = "null";
  private static final DateTimeFormatter ISO_MILLIS =
      DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss.SSSxxx", Locale.ROOT);
  private static final char[] HEX = "0123456789abcdef".toCharArray();

  private final ZoneId zone;

  CellText(ZoneId zone) {
    this.zone = zone;
  }

  /** A timestamp in milliseconds since the epoch. */
  String time(long millis) {
    return ISO_MILLIS.format(Instant.ofEpochMilli(millis).atZone(zone));
  }

  String value(Column column, int row) {
    if (column.isNull(row)) {
      return NULL;
    }
    return switch (column.type()) {
      case BOOLEAN -> Boolean.toString(column.booleans()[row]);
      case INT32 -> Integer.toString(column.ints()[row]);
      case INT64 -> Long.toString(column.longs()[row]);
      case FLOAT -> Float.toString(column.floats()[row]);
      case DOUBLE -> Double.toString(column.doubles()[row]);
      case TIMESTAMP -> time(column.longs()[row]);
      case DATE -> date(column.ints()[row]);
      case BLOB -> hex(column.binaries()[row]);
      case TEXT, STRING -> new String(column.binaries()[row], StandardCharsets.UTF_8);
    };
  }

  static String date(int yyyymmdd) {
    return String.format(Locale.ROOT, "%04d-%02d-%02d",
        yyyymmdd / 10_000, (yyyymmdd / 100) % 100, yyyymmdd % 100);
  }

  static String hex(byte[] bytes) {
    StringBuilder text = new StringBuilder(2 + bytes.length * 2).append("0x");
    for (byte b : bytes) {
      text.append(HEX[(b >> 4) & 0xF]).append(HEX[b & 0xF]);
    }
    return text.toString();
  }
}
