package org.orrery.udf.api.customizer.strategy;

import java.util.List;
import java.util.Objects;
import java.util.OptionalDouble;
import java.util.OptionalLong;
import org.orrery.udf.api.exception.UDFParameterNotValidException;
import org.orrery.udf.api.type.Type;

/**
 * Feeds the UDTF state windows over its single input, through
 * {@code transform(RowWindow, PointCollector)}: maximal runs of rows whose value stays in the
 * state of the run's first row.
 *
 * <ul>
 *   <li>With a {@code delta} (numeric inputs only), a row belongs to the current window while
 *       {@code |value - firstValue| <= delta}, where {@code firstValue} is the value of the
 *       window's first row.
 *   <li>Without one, a row belongs to the current window while its value equals the first row's;
 *       this is the form for TEXT, STRING, BLOB, BOOLEAN and DATE inputs, and means
 *       {@code delta = 0} for numeric ones.
 * </ul>
 *
 * <p>Rows whose value is null do not change the state. Only rows inside the optional display
 * window {@code [displayWindowBegin, displayWindowEnd)} are considered. The strategy reads exactly
 * one input.
 */
public final class StateWindowAccessStrategy implements AccessStrategy {
  private static final String NAME = "state window";

  private final OptionalDouble delta;
  private final OptionalLong displayWindowBegin;
  private final OptionalLong displayWindowEnd;

  /** Windows of equal values over all rows. */
  public StateWindowAccessStrategy() {
    this.delta = OptionalDouble.empty();
    this.displayWindowBegin = OptionalLong.empty();
    this.displayWindowEnd = OptionalLong.empty();
  }

  /**
   * Windows of numeric values within {@code delta} of the window's first value, over all rows.
   *
   * @throws org.orrery.udf.api.exception.UDFParameterNotValidException if {@code delta} is
   *     negative, infinite or NaN
   */
  public StateWindowAccessStrategy(double delta) {
    this.delta = OptionalDouble.of(StrategyChecks.delta(NAME, delta));
    this.displayWindowBegin = OptionalLong.empty();
    this.displayWindowEnd = OptionalLong.empty();
  }

  /**
   * Windows of equal values over the rows in {@code [displayWindowBegin, displayWindowEnd)}.
   *
   * @throws org.orrery.udf.api.exception.UDFParameterNotValidException if the display window ends
   *     before it begins
   */
  public StateWindowAccessStrategy(long displayWindowBegin, long displayWindowEnd) {
    StrategyChecks.displayWindow(NAME, displayWindowBegin, displayWindowEnd);
    this.delta = OptionalDouble.empty();
    this.displayWindowBegin = OptionalLong.of(displayWindowBegin);
    this.displayWindowEnd = OptionalLong.of(displayWindowEnd);
  }

  /**
   * Windows of numeric values within {@code delta} of the window's first value, over the rows in
   * {@code [displayWindowBegin, displayWindowEnd)}.
   *
   * @throws org.orrery.udf.api.exception.UDFParameterNotValidException if the display window ends
   *     before it begins, or {@code delta} is negative, infinite or NaN
   */
  public StateWindowAccessStrategy(long displayWindowBegin, long displayWindowEnd, double delta) {
    StrategyChecks.displayWindow(NAME, displayWindowBegin, displayWindowEnd);
    this.delta = OptionalDouble.of(StrategyChecks.delta(NAME, delta));
    this.displayWindowBegin = OptionalLong.of(displayWindowBegin);
    this.displayWindowEnd = OptionalLong.of(displayWindowEnd);
  }

  @Override
  public Kind kind() {
    return Kind.STATE_WINDOW;
  }

  /**
   * {@inheritDoc}
   *
   * <p>A state window needs exactly one input, and a numeric one when a {@code delta} was given.
   */
  @Override
  public void checkInputs(List<Type> inputTypes) {
    if (inputTypes.size() != 1) {
      throw new UDFParameterNotValidException(
          NAME + ": reads exactly one input series, but the function has " + inputTypes.size());
    }
    Type type = inputTypes.get(0);
    if (delta.isPresent() && !type.isNumeric()) {
      throw new UDFParameterNotValidException(
          NAME + ": delta " + delta.getAsDouble() + " needs a numeric input, but the input is "
              + type);
    }
  }

  /** The largest distance from the window's first value, or empty for equal values only. */
  public OptionalDouble getDelta() {
    return delta;
  }

  /** The start of the display window (inclusive), or empty for no lower bound. */
  public OptionalLong getDisplayWindowBegin() {
    return displayWindowBegin;
  }

  /** The end of the display window (exclusive), or empty for no upper bound. */
  public OptionalLong getDisplayWindowEnd() {
    return displayWindowEnd;
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof StateWindowAccessStrategy other
        && delta.equals(other.delta)
        && displayWindowBegin.equals(other.displayWindowBegin)
        && displayWindowEnd.equals(other.displayWindowEnd);
  }

  @Override
  public int hashCode() {
    return Objects.hash(delta, displayWindowBegin, displayWindowEnd);
  }

  @Override
  public String toString() {
    return "StateWindowAccessStrategy("
        + (delta.isPresent() ? "delta=" + delta.getAsDouble() : "equal values")
        + SlidingTimeWindowAccessStrategy.displayWindowText(displayWindowBegin, displayWindowEnd)
        + ")";
  }
}
