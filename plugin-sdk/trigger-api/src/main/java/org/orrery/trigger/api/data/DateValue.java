package org.orrery.trigger.api.data;

import java.time.DateTimeException;
import java.time.LocalDate;

/** Reads the {@code yyyyMMdd} number a DATE cell holds. */
final class DateValue {
  private DateValue() {}

  static LocalDate toLocalDate(int yyyyMMdd) {
    try {
      if (yyyyMMdd < 10_000) {
        throw new DateTimeException("year before 1");
      }
      return LocalDate.of(yyyyMMdd / 10_000, yyyyMMdd / 100 % 100, yyyyMMdd % 100);
    } catch (DateTimeException e) {
      throw new IllegalStateException(
          "DATE cell " + yyyyMMdd + " is not a yyyyMMdd calendar date: " + e.getMessage());
    }
  }
}
