package org.orrery.udf.api.type;

import java.time.DateTimeException;
import java.time.LocalDate;

/**
 * Conversion between {@link LocalDate} and the {@code int} form of a DATE value.
 *
 * <p>A DATE is carried as the decimal number {@code yyyyMMdd} (2024-03-15 is {@code 20240315}),
 * the form the server stores, so that dates pass between the engine and plugins without a
 * conversion; years 1 to 9999 are representable.
 */
public final class DateValue {
  private DateValue() {}

  /**
   * The date that {@code yyyyMMdd} encodes.
   *
   * @throws IllegalArgumentException naming the value when it is not a real calendar date
   */
  public static LocalDate toLocalDate(int yyyyMMdd) {
    int year = yyyyMMdd / 10_000;
    int month = yyyyMMdd / 100 % 100;
    int day = yyyyMMdd % 100;
    if (yyyyMMdd < 0 || year < 1 || year > 9999) {
      throw new IllegalArgumentException("DATE value " + yyyyMMdd + " is not in the form yyyyMMdd");
    }
    try {
      return LocalDate.of(year, month, day);
    } catch (DateTimeException e) {
      throw new IllegalArgumentException(
          "DATE value " + yyyyMMdd + " is not a calendar date: " + e.getMessage());
    }
  }

  /**
   * The {@code yyyyMMdd} form of {@code date}.
   *
   * @throws IllegalArgumentException when the year is outside 1 to 9999
   */
  public static int toInt(LocalDate date) {
    int year = date.getYear();
    if (year < 1 || year > 9999) {
      throw new IllegalArgumentException("DATE " + date + " has a year outside 1..9999");
    }
    return year * 10_000 + date.getMonthValue() * 100 + date.getDayOfMonth();
  }
}
