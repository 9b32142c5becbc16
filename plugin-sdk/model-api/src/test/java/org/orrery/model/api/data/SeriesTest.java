package org.orrery.model.api.data;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

class SeriesTest {

  @Test
  void holdsACopyOfItsValues() {
    double[] values = {1, 2, 3};
    Series series = new Series("OT", values);
    values[0] = 9;
    assertEquals(1, series.get(0));
    series.toArray()[1] = 9;
    assertArrayEquals(new double[] {1, 2, 3}, series.toArray());
    assertEquals(3, series.length());
    assertEquals(Series.of("OT", 1, 2, 3), series);
  }

  @Test
  void needsAName() {
    assertThrows(IllegalArgumentException.class, () -> Series.of(" ", 1));
  }
}
