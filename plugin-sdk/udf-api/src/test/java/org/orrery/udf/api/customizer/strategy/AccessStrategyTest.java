package org.orrery.udf.api.customizer.strategy;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.OptionalDouble;
import java.util.OptionalLong;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;
import org.orrery.udf.api.exception.UDFParameterNotValidException;
import org.orrery.udf.api.type.Type;

class AccessStrategyTest {

  private static String failure(Executable construction) {
    return assertThrows(UDFParameterNotValidException.class, construction).getMessage();
  }

  @Test
  void rowByRowIsNotWindowed() {
    RowByRowAccessStrategy strategy = new RowByRowAccessStrategy();
    assertEquals(AccessStrategy.Kind.ROW_BY_ROW, strategy.kind());
    assertFalse(strategy.kind().isWindowed());
    assertEquals(new RowByRowAccessStrategy(), strategy);
  }

  @Test
  void slidingTimeWindowDefaultsTheStepToTheInterval() {
    SlidingTimeWindowAccessStrategy strategy = new SlidingTimeWindowAccessStrategy(1000);
    assertEquals(1000, strategy.getTimeInterval());
    assertEquals(1000, strategy.getSlidingStep());
    assertEquals(OptionalLong.empty(), strategy.getDisplayWindowBegin());
    assertTrue(strategy.kind().isWindowed());
    assertEquals(new SlidingTimeWindowAccessStrategy(1000, 1000), strategy);
  }

  @Test
  void slidingTimeWindowKeepsAnExplicitDisplayWindow() {
    SlidingTimeWindowAccessStrategy strategy =
        new SlidingTimeWindowAccessStrategy(10, 5, 100, 200);
    assertEquals(5, strategy.getSlidingStep());
    assertEquals(OptionalLong.of(100), strategy.getDisplayWindowBegin());
    assertEquals(OptionalLong.of(200), strategy.getDisplayWindowEnd());
    assertEquals(
        "SlidingTimeWindowAccessStrategy(timeInterval=10, slidingStep=5, displayWindow=[100, 200))",
        strategy.toString());
  }

  @Test
  void slidingTimeWindowRejectsBadArguments() {
    assertEquals("sliding time window: timeInterval must be positive, got 0",
        failure(() -> new SlidingTimeWindowAccessStrategy(0)));
    assertEquals("sliding time window: slidingStep must be positive, got -5",
        failure(() -> new SlidingTimeWindowAccessStrategy(10, -5)));
    assertEquals(
        "sliding time window: displayWindowEnd (99) must not be before displayWindowBegin (100)",
        failure(() -> new SlidingTimeWindowAccessStrategy(10, 10, 100, 99)));
    // An empty display window is allowed: it yields no windows.
    assertDoesNotThrow(() -> new SlidingTimeWindowAccessStrategy(10, 10, 100, 100));
  }

  @Test
  void slidingSizeWindow() {
    SlidingSizeWindowAccessStrategy strategy = new SlidingSizeWindowAccessStrategy(4);
    assertEquals(4, strategy.getWindowSize());
    assertEquals(4, strategy.getSlidingStep());
    assertEquals(2, new SlidingSizeWindowAccessStrategy(4, 2).getSlidingStep());
    assertEquals("sliding size window: windowSize must be positive, got 0",
        failure(() -> new SlidingSizeWindowAccessStrategy(0)));
    assertEquals("sliding size window: slidingStep must be positive, got 0",
        failure(() -> new SlidingSizeWindowAccessStrategy(3, 0)));
  }

  @Test
  void sessionTimeWindowAllowsAZeroGapButNoNegativeOne() {
    assertEquals(0, new SessionTimeWindowAccessStrategy(0).getSessionTimeGap());
    SessionTimeWindowAccessStrategy bounded = new SessionTimeWindowAccessStrategy(5, 50, 3);
    assertEquals(3, bounded.getSessionTimeGap());
    assertEquals(OptionalLong.of(5), bounded.getDisplayWindowBegin());
    assertEquals(OptionalLong.of(50), bounded.getDisplayWindowEnd());
    assertEquals("session time window: sessionTimeGap must not be negative, got -1",
        failure(() -> new SessionTimeWindowAccessStrategy(-1)));
    assertEquals(
        "session time window: displayWindowEnd (1) must not be before displayWindowBegin (2)",
        failure(() -> new SessionTimeWindowAccessStrategy(2, 1, 10)));
  }

  @Test
  void stateWindowConstructorsSetDeltaAndDisplayWindow() {
    assertEquals(OptionalDouble.empty(), new StateWindowAccessStrategy().getDelta());
    assertEquals(OptionalDouble.of(0.5), new StateWindowAccessStrategy(0.5).getDelta());
    StateWindowAccessStrategy bounded = new StateWindowAccessStrategy(1, 9);
    assertEquals(OptionalDouble.empty(), bounded.getDelta());
    assertEquals(OptionalLong.of(9), bounded.getDisplayWindowEnd());
    StateWindowAccessStrategy full = new StateWindowAccessStrategy(1, 9, 2.0);
    assertEquals(OptionalDouble.of(2.0), full.getDelta());
    assertEquals(OptionalLong.of(1), full.getDisplayWindowBegin());
  }

  @Test
  void stateWindowRejectsBadDeltas() {
    assertEquals("state window: delta must be a finite number not below 0, got -0.1",
        failure(() -> new StateWindowAccessStrategy(-0.1)));
    failure(() -> new StateWindowAccessStrategy(Double.NaN));
    failure(() -> new StateWindowAccessStrategy(0, 10, Double.POSITIVE_INFINITY));
    failure(() -> new StateWindowAccessStrategy(10, 0));
  }

  @Test
  void stateWindowReadsExactlyOneInputAndANumericOneForADelta() {
    assertEquals("state window: reads exactly one input series, but the function has 2",
        failure(() -> new StateWindowAccessStrategy().checkInputs(List.of(Type.TEXT, Type.TEXT))));
    assertEquals("state window: delta 1.0 needs a numeric input, but the input is BOOLEAN",
        failure(() -> new StateWindowAccessStrategy(1.0).checkInputs(List.of(Type.BOOLEAN))));
    assertDoesNotThrow(() -> new StateWindowAccessStrategy(1.0).checkInputs(List.of(Type.INT64)));
    assertDoesNotThrow(() -> new StateWindowAccessStrategy().checkInputs(List.of(Type.TEXT)));
    assertDoesNotThrow(() -> new StateWindowAccessStrategy().checkInputs(List.of(Type.DOUBLE)));
  }

  @Test
  void otherStrategiesAcceptAnyInputs() {
    assertDoesNotThrow(() ->
        new SlidingSizeWindowAccessStrategy(3).checkInputs(List.of(Type.TEXT, Type.BLOB)));
  }
}
