package ${package};

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.BitSet;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.orrery.trigger.api.TriggerAttributes;
import org.orrery.trigger.api.data.Tablet;
import org.orrery.trigger.api.enums.FailureStrategy;

class RangeCheckTriggerTest {

  private static RangeCheckTrigger created(Map<String, String> attributes) throws Exception {
    RangeCheckTrigger trigger = new RangeCheckTrigger();
    TriggerAttributes triggerAttributes = new TriggerAttributes(attributes);
    trigger.validate(triggerAttributes);
    trigger.onCreate(triggerAttributes);
    return trigger;
  }

  private static Tablet temperatures(double... values) {
    long[] times = new long[values.length];
    for (int i = 0; i < times.length; i++) {
      times[i] = 1000L * (i + 1);
    }
    return Tablet.builder("root.sg.d1", times)
        .addDoubles("temperature", values, null)
        .addStrings("label", new String[values.length])
        .build();
  }

  @Test
  void acceptsValuesInsideTheRangeIncludingTheBounds() throws Exception {
    RangeCheckTrigger trigger = created(Map.of("min", "-40", "max", "125"));
    assertTrue(trigger.fire(temperatures(-40, 20.5, 125)));
  }

  @Test
  void rejectsAWriteWithOneValueOutside() throws Exception {
    RangeCheckTrigger trigger = created(Map.of("min", "-40", "max", "125"));
    assertFalse(trigger.fire(temperatures(20, 125.5)));
    assertEquals(FailureStrategy.PESSIMISTIC, trigger.getFailureStrategy());
  }

  @Test
  void aMissingBoundIsOpen() throws Exception {
    RangeCheckTrigger trigger = created(Map.of("max", "0"));
    assertTrue(trigger.fire(temperatures(-1e9)));
    assertFalse(trigger.fire(temperatures(0.1)));
  }

  @Test
  void ignoresNullCells() throws Exception {
    BitSet nulls = new BitSet();
    nulls.set(0);
    Tablet tablet = Tablet.builder("root.sg.d1", new long[] {1})
        .addDoubles("temperature", new double[] {999}, nulls)
        .build();
    assertTrue(created(Map.of("max", "100")).fire(tablet));
  }

  @Test
  void validationNamesTheProblem() {
    RangeCheckTrigger trigger = new RangeCheckTrigger();
    assertEquals("range_check needs a 'min' or a 'max' attribute",
        assertThrows(IllegalArgumentException.class,
            () -> trigger.validate(new TriggerAttributes(Map.of()))).getMessage());
    assertEquals("range_check: 'min' (5.0) must not exceed 'max' (1.0)",
        assertThrows(IllegalArgumentException.class,
            () -> trigger.validate(new TriggerAttributes(Map.of("min", "5", "max", "1"))))
            .getMessage());
    assertDoesNotThrow(() -> trigger.validate(new TriggerAttributes(Map.of("min", "5"))));
  }
}
