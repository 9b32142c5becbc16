package org.orrery.samples.trigger;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.orrery.trigger.api.TriggerAttributes;
import org.orrery.trigger.api.data.Tablet;
import org.orrery.trigger.api.enums.FailureStrategy;

class ThresholdAlarmTriggerTest {

  private final List<Alarm> alarms = new ArrayList<>();

  private ThresholdAlarmTrigger created(Map<String, String> attributes) {
    ThresholdAlarmTrigger trigger = new ThresholdAlarmTrigger(alarms::add);
    TriggerAttributes triggerAttributes = new TriggerAttributes(attributes);
    trigger.validate(triggerAttributes);
    trigger.onCreate(triggerAttributes);
    return trigger;
  }

  private static Tablet tablet() {
    BitSet nullAt1 = new BitSet();
    nullAt1.set(1);
    return Tablet.builder("root.sg.d1", new long[] {1000, 2000, 3000})
        .addDoubles("temperature", new double[] {99.5, 500, 120.5}, nullAt1)
        .addInts("pressure", new int[] {101, 99, 100}, null)
        .addStrings("note", new String[] {"999", "999", "999"})
        .build();
  }

  @Test
  void raisesOneAlarmPerValueAboveTheThreshold() {
    ThresholdAlarmTrigger trigger = created(Map.of("threshold", "100"));
    assertTrue(trigger.fire(tablet()));
    // 99.5 is below, 500 is null, 120.5 alarms; pressure 101 alarms, 100 does not; text ignored.
    assertEquals(List.of(
        new Alarm("root.sg.d1.temperature", 3000, 120.5, 100),
        new Alarm("root.sg.d1.pressure", 1000, 101, 100)), alarms);
  }

  @Test
  void measurementLimitsTheColumns() {
    ThresholdAlarmTrigger trigger =
        created(Map.of("threshold", "100", "measurement", "pressure"));
    trigger.fire(tablet());
    assertEquals(List.of(new Alarm("root.sg.d1.pressure", 1000, 101, 100)), alarms);
  }

  @Test
  void neverFailsAWrite() {
    assertEquals(FailureStrategy.OPTIMISTIC, created(Map.of("threshold", "0")).getFailureStrategy());
  }

  @Test
  void thresholdIsRequiredAndFinite() {
    ThresholdAlarmTrigger trigger = new ThresholdAlarmTrigger();
    assertEquals("trigger attribute 'threshold' is required but was not given",
        assertThrows(IllegalArgumentException.class,
            () -> trigger.validate(new TriggerAttributes(Map.of()))).getMessage());
    assertEquals("threshold_alarm: 'threshold' must be a finite number, got NaN",
        assertThrows(IllegalArgumentException.class,
            () -> trigger.validate(new TriggerAttributes(Map.of("threshold", "NaN"))))
            .getMessage());
    assertDoesNotThrow(() -> trigger.validate(new TriggerAttributes(Map.of("threshold", "1e3"))));
  }

  @Test
  void theServerInstanceLogsWithoutFailing() {
    ThresholdAlarmTrigger trigger = new ThresholdAlarmTrigger();
    trigger.onCreate(new TriggerAttributes(Map.of("threshold", "100")));
    assertTrue(trigger.fire(tablet()));
  }
}
