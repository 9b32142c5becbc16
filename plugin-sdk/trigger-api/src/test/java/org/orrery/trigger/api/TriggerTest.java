package org.orrery.trigger.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.orrery.trigger.api.data.Tablet;
import org.orrery.trigger.api.enums.FailureStrategy;

class TriggerTest {

  @Test
  void aTriggerThatOverridesNothingAcceptsEveryWrite() throws Exception {
    Trigger trigger = new Trigger() {};
    assertEquals(FailureStrategy.OPTIMISTIC, trigger.getFailureStrategy());
    assertTrue(trigger.fire(Tablet.builder("root.sg.d", new long[] {1}).build()));
  }
}
