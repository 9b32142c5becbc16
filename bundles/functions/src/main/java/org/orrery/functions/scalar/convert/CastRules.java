package org.orrery.functions.scalar.convert;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.Locale;
import java.util.function.Function;
import org.orrery.common.type.DataType;
import org.orrery.functions.support.Texts;

/**
 * IoTDB's conversion rules for {@code cast}, one converter per (source, target) pair, working on
 * values boxed as {@link org.orrery.common.block.Column#get} boxes them.
 *
 * <p>The six classic types follow IoTDB 1.3's table: whole → whole widens directly and narrows
 * with a range check; FLOAT/DOUBLE → whole rounds with {@code Math.round} after a range check;
 * DOUBLE → FLOAT checks the FLOAT range; numbers → BOOLEAN is {@code != 0}; BOOLEAN →
 * numbers is 1/0; anything → TEXT is {@code String.valueOf}; TEXT → numbers parses with Java's
 * parsers and TEXT → BOOLEAN accepts only "true"/"false" ignoring case. The newer types: STRING behaves as
 * TEXT; DATE ({@code yyyyMMdd}) converts to and from INT32/INT64 as that number (checked to be a
 * calendar date) and to and from text as {@code yyyy-MM-dd}; TIMESTAMP converts as the INT64 it
 * is; text converts to BLOB as its UTF-8 bytes. Pairs with no sensible rule (e.g. BLOB → INT32,
 * DATE → BOOLEAN, TIMESTAMP → DATE, which would need a time zone) have no converter.
 */
final class CastRules {
  private CastRules() {}

  /** A failed conversion of one value; the caller adds the function name. */
  static final class ConversionException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    ConversionException(String message) {
      super(message);
    }
  }

  /** The converter from {@code from} to {@code to}, or {@code null} when there is none. */
  static Function<Object, Object> converter(DataType from, DataType to) {
    if (from == to) {
      return Function.identity();
    }
    switch (to) {
      case INT32:
        return toInt32(from);
      case INT64:
      case TIMESTAMP:
        return toInt64(from, to);
      case FLOAT:
        return toFloat(from);
      case DOUBLE:
        return toDouble(from);
      case BOOLEAN:
        return toBoolean(from);
      case TEXT:
      case STRING:
        return toText(from);
      case DATE:
        return toDate(from);
      case BLOB:
        return from == DataType.TEXT || from == DataType.STRING ? Function.identity() : null;
      default:
        return null;
    }
  }

  private static Function<Object, Object> toInt32(DataType from) {
    switch (from) {
      case DATE:
        return Function.identity();
      case INT64:
      case TIMESTAMP:
        return v -> {
          long x = (Long) v;
          if (x < Integer.MIN_VALUE || x > Integer.MAX_VALUE) {
            throw outOfRange(v, from, DataType.INT32);
          }
          return (int) x;
        };
      case FLOAT:
      case DOUBLE:
        return v -> {
          double x = ((Number) v).doubleValue();
          if (x < Integer.MIN_VALUE || x > Integer.MAX_VALUE) {
            throw outOfRange(v, from, DataType.INT32);
          }
          return (int) Math.round(x);
        };
      case BOOLEAN:
        return v -> (Boolean) v ? 1 : 0;
      case TEXT:
      case STRING:
        return v -> {
          String text = Texts.decode((byte[]) v);
          try {
            return Integer.parseInt(text);
          } catch (NumberFormatException e) {
            throw unparsable(text, DataType.INT32);
          }
        };
      default:
        return null;
    }
  }

  private static Function<Object, Object> toInt64(DataType from, DataType to) {
    switch (from) {
      case INT32:
      case DATE:
        return v -> (long) (Integer) v;
      case INT64:
      case TIMESTAMP:
        return Function.identity();
      case FLOAT:
      case DOUBLE:
        return v -> {
          double x = ((Number) v).doubleValue();
          // 2^63 itself is out of range; every double below it converts exactly.
          if (x < Long.MIN_VALUE || x >= 0x1p63) {
            throw outOfRange(v, from, to);
          }
          return Math.round(x);
        };
      case BOOLEAN:
        return v -> (Boolean) v ? 1L : 0L;
      case TEXT:
      case STRING:
        return v -> {
          String text = Texts.decode((byte[]) v);
          try {
            return Long.parseLong(text);
          } catch (NumberFormatException e) {
            throw unparsable(text, to);
          }
        };
      default:
        return null;
    }
  }

  private static Function<Object, Object> toFloat(DataType from) {
    switch (from) {
      case INT32:
      case INT64:
      case TIMESTAMP:
        return v -> ((Number) v).floatValue();
      case DOUBLE:
        return v -> {
          double x = (Double) v;
          if (Double.isFinite(x) && Math.abs(x) > Float.MAX_VALUE) {
            throw outOfRange(v, from, DataType.FLOAT);
          }
          return (float) x;
        };
      case BOOLEAN:
        return v -> (Boolean) v ? 1.0f : 0.0f;
      case TEXT:
      case STRING:
        return v -> {
          String text = Texts.decode((byte[]) v);
          try {
            return Float.parseFloat(text);
          } catch (NumberFormatException e) {
            throw unparsable(text, DataType.FLOAT);
          }
        };
      default:
        return null;
    }
  }

  private static Function<Object, Object> toDouble(DataType from) {
    switch (from) {
      case INT32:
      case INT64:
      case TIMESTAMP:
      case FLOAT:
        return v -> ((Number) v).doubleValue();
      case BOOLEAN:
        return v -> (Boolean) v ? 1.0 : 0.0;
      case TEXT:
      case STRING:
        return v -> {
          String text = Texts.decode((byte[]) v);
          try {
            return Double.parseDouble(text);
          } catch (NumberFormatException e) {
            throw unparsable(text, DataType.DOUBLE);
          }
        };
      default:
        return null;
    }
  }

  private static Function<Object, Object> toBoolean(DataType from) {
    switch (from) {
      case INT32:
        return v -> (Integer) v != 0;
      case INT64:
        return v -> (Long) v != 0L;
      case FLOAT:
        return v -> (Float) v != 0.0f;
      case DOUBLE:
        return v -> (Double) v != 0.0;
      case TEXT:
      case STRING:
        return v -> {
          String text = Texts.decode((byte[]) v);
          String lower = text.toLowerCase(Locale.ROOT);
          if (lower.equals("true")) {
            return true;
          }
          if (lower.equals("false")) {
            return false;
          }
          throw unparsable(text, DataType.BOOLEAN);
        };
      default:
        return null;
    }
  }

  private static Function<Object, Object> toText(DataType from) {
    switch (from) {
      case TEXT:
      case STRING:
        return Function.identity();
      case DATE:
        return v -> Texts.encode(date(v, from).toString());
      case BLOB:
        return null;
      default:
        return v -> Texts.encode(String.valueOf(v));
    }
  }

  private static Function<Object, Object> toDate(DataType from) {
    switch (from) {
      case INT32:
        return v -> {
          date(v, from);
          return v;
        };
      case INT64:
        return v -> {
          long x = (Long) v;
          if (x < 0 || x > Integer.MAX_VALUE) {
            throw outOfRange(v, from, DataType.DATE);
          }
          date((int) x, from);
          return (int) x;
        };
      case TEXT:
      case STRING:
        return v -> {
          String text = Texts.decode((byte[]) v);
          try {
            LocalDate date = LocalDate.parse(text);
            if (date.getYear() < 1 || date.getYear() > 9999) {
              throw unparsable(text, DataType.DATE);
            }
            return date.getYear() * 10_000 + date.getMonthValue() * 100 + date.getDayOfMonth();
          } catch (DateTimeException e) {
            throw unparsable(text, DataType.DATE);
          }
        };
      default:
        return null;
    }
  }

  /** The calendar date a {@code yyyyMMdd} number stands for; fails when it is none. */
  private static LocalDate date(Object boxed, DataType from) {
    int value = (Integer) boxed;
    int year = value / 10_000;
    try {
      if (value < 0 || year < 1 || year > 9999) {
        throw new DateTimeException("year out of range");
      }
      return LocalDate.of(year, value / 100 % 100, value % 100);
    } catch (DateTimeException e) {
      throw new ConversionException(
          "value " + value + " (" + from + ") is not a date in the form yyyyMMdd");
    }
  }

  private static ConversionException outOfRange(Object value, DataType from, DataType to) {
    return new ConversionException(
        "value " + value + " (" + from + ") is out of the range of " + to);
  }

  private static ConversionException unparsable(String text, DataType to) {
    return new ConversionException("text '" + text + "' cannot be cast to " + to);
  }
}
