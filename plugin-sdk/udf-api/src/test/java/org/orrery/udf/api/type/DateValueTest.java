package org.orrery.udf.api.type;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class DateValueTest {

  @Test
  void convertsBothWays() {
    assertEquals(LocalDate.of(2024, 2, 29), DateValue.toLocalDate(20240229));
    assertEquals(19991231, DateValue.toInt(LocalDate.of(1999, 12, 31)));
    assertEquals(10101, DateValue.toInt(LocalDate.of(1, 1, 1)));
    assertEquals(LocalDate.of(1, 1, 1), DateValue.toLocalDate(10101));
  }

  @Test
  void rejectsValuesThatAreNotCalendarDates() {
    IllegalArgumentException e =
        assertThrows(IllegalArgumentException.class, () -> DateValue.toLocalDate(20230229));
    assertTrue(e.getMessage().contains("20230229"), e.getMessage());
    assertThrows(IllegalArgumentException.class, () -> DateValue.toLocalDate(20241301));
    assertThrows(IllegalArgumentException.class, () -> DateValue.toLocalDate(1231));
    assertThrows(IllegalArgumentException.class, () -> DateValue.toLocalDate(-20240101));
  }

  @Test
  void rejectsYearsOutsideTheRepresentableRange() {
    assertThrows(IllegalArgumentException.class, () -> DateValue.toInt(LocalDate.of(10000, 1, 1)));
    assertThrows(IllegalArgumentException.class, () -> DateValue.toInt(LocalDate.of(0, 1, 1)));
  }
}
