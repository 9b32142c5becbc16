package org.orrery.trigger.api.enums;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

class FailureStrategyTest {

  @Test
  void persistedIdsAreStable() {
    assertEquals(0, FailureStrategy.OPTIMISTIC.id());
    assertEquals(1, FailureStrategy.PESSIMISTIC.id());
    assertEquals(FailureStrategy.PESSIMISTIC, FailureStrategy.fromId(1));
    assertEquals("unknown trigger failure strategy id: 2",
        assertThrows(IllegalArgumentException.class, () -> FailureStrategy.fromId(2))
            .getMessage());
  }
}
