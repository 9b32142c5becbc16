package org.orrery.client.internal;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import org.orrery.client.ClientException;
import org.orrery.common.error.ErrorCode;
import org.orrery.common.type.DataType;

/**
 * Converts the Java values users pass to inserts into the representation of a column of the
 * target type: {@code Boolean}; {@code Integer} (INT32), {@code Long} (INT64, TIMESTAMP; an
 * {@code Integer} widens), {@code Float}, {@code Double} (a {@code Float} widens); DATE as an
 * {@code Integer} {@code yyyyMMdd} or a {@link LocalDate}; TEXT and STRING as {@code String} or
 * UTF-8 {@code byte[]}; BLOB as {@code byte[]}.
 */
public final class Values {
  private Values() {}

  /**
   * The value boxed as {@link org.orrery.common.block.Column#get} would return it.
   *
   * @param device and {@code measurement} name the column in error messages (joined only when
   *     one is thrown: this runs for every value of a row-wise insert)
   * @throws ClientException ILLEGAL_ARGUMENT naming the column, the value's class and the type
   */
  public static Object toWire(DataType type, Object value, String device, String measurement) {
    switch (type) {
      case BOOLEAN:
        if (value instanceof Boolean) {
          return value;
        }
        break;
      case INT32:
        if (value instanceof Integer || value instanceof Short || value instanceof Byte) {
          return ((Number) value).intValue();
        }
        break;
      case DATE:
        if (value instanceof Integer) {
          return value;
        }
        if (value instanceof LocalDate date) {
          return date.getYear() * 10_000 + date.getMonthValue() * 100 + date.getDayOfMonth();
        }
        break;
      case INT64:
      case TIMESTAMP:
        if (value instanceof Long || value instanceof Integer || value instanceof Short || value instanceof Byte) {
          return ((Number) value).longValue();
        }
        break;
      case FLOAT:
        if (value instanceof Float) {
          return value;
        }
        break;
      case DOUBLE:
        if (value instanceof Double || value instanceof Float) {
          return ((Number) value).doubleValue();
        }
        break;
      case TEXT:
      case STRING:
        if (value instanceof String text) {
          return text.getBytes(StandardCharsets.UTF_8);
        }
        if (value instanceof byte[]) {
          return value;
        }
        break;
      default:
        if (value instanceof byte[]) {
          return value;
        }
    }
    throw new ClientException(
        ErrorCode.ILLEGAL_ARGUMENT,
        "value of " + device + "." + measurement + " is a " + value.getClass().getSimpleName() + ", which does not fit type " + type);
  }

  /** Stores a value already converted by {@link #toWire} into row {@code row} of a column array. */
  public static void store(Object array, DataType type, int row, Object wire) {
    switch (type) {
      case BOOLEAN:
        ((boolean[]) array)[row] = (Boolean) wire;
        break;
      case INT32:
      case DATE:
        ((int[]) array)[row] = (Integer) wire;
        break;
      case INT64:
      case TIMESTAMP:
        ((long[]) array)[row] = (Long) wire;
        break;
      case FLOAT:
        ((float[]) array)[row] = (Float) wire;
        break;
      case DOUBLE:
        ((double[]) array)[row] = (Double) wire;
        break;
      default:
        ((byte[][]) array)[row] = (byte[]) wire;
    }
  }
}
