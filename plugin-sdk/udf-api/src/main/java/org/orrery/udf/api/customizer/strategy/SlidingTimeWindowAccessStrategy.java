package org.orrery.udf.api.customizer.strategy;

import java.util.Objects;
import java.util.OptionalLong;

/**
 * Feeds the UDTF windows covering fixed spans of time, through
 * {@code transform(RowWindow, PointCollector)}.
 *
 * <p>Window {@code k} (from 0) covers
 * {@code [begin + k * slidingStep, begin + k * slidingStep + timeInterval)}, cut at the end of the
 * display window, for every {@code k} whose start is before the display window's end. Windows
 * overlap when the step is shorter than the interval and leave gaps when it is longer. A window
 * with no rows is still passed to the UDTF, and the last windows may be shorter than
 * {@code timeInterval}.
 *
 * <p>The display window {@code [displayWindowBegin, displayWindowEnd)} is optional: without it the
 * server uses the time of the first row of the input and the time just after its last row. All
 * times are in the database's timestamp precision (milliseconds by default).
 */
public final class SlidingTimeWindowAccessStrategy implements AccessStrategy {
  private static final String NAME = "sliding time window";

  private final long timeInterval;
  private final long slidingStep;
  private final OptionalLong displayWindowBegin;
  private final OptionalLong displayWindowEnd;

  /**
   * Back-to-back windows of {@code timeInterval} (the step equals the interval) over the time
   * range of the data.
   *
   * @throws org.orrery.udf.api.exception.UDFParameterNotValidException if {@code timeInterval} is
   *     not positive
   */
  public SlidingTimeWindowAccessStrategy(long timeInterval) {
    this(timeInterval, timeInterval);
  }

  /**
   * Windows of {@code timeInterval} every {@code slidingStep} over the time range of the data.
   *
   * @throws org.orrery.udf.api.exception.UDFParameterNotValidException if either is not positive
   */
  public SlidingTimeWindowAccessStrategy(long timeInterval, long slidingStep) {
    this.timeInterval = StrategyChecks.positive(NAME, "timeInterval", timeInterval);
    this.slidingStep = StrategyChecks.positive(NAME, "slidingStep", slidingStep);
    this.displayWindowBegin = OptionalLong.empty();
    this.displayWindowEnd = OptionalLong.empty();
  }

  /**
   * Windows of {@code timeInterval} every {@code slidingStep} over
   * {@code [displayWindowBegin, displayWindowEnd)}.
   *
   * @throws org.orrery.udf.api.exception.UDFParameterNotValidException if the interval or the step
   *     is not positive, or the display window ends before it begins
   */
  public SlidingTimeWindowAccessStrategy(
      long timeInterval, long slidingStep, long displayWindowBegin, long displayWindowEnd) {
    this.timeInterval = StrategyChecks.positive(NAME, "timeInterval", timeInterval);
    this.slidingStep = StrategyChecks.positive(NAME, "slidingStep", slidingStep);
    StrategyChecks.displayWindow(NAME, displayWindowBegin, displayWindowEnd);
    this.displayWindowBegin = OptionalLong.of(displayWindowBegin);
    this.displayWindowEnd = OptionalLong.of(displayWindowEnd);
  }

  @Override
  public Kind kind() {
    return Kind.SLIDING_TIME_WINDOW;
  }

  /** The span of each window. */
  public long getTimeInterval() {
    return timeInterval;
  }

  /** The distance between the starts of consecutive windows. */
  public long getSlidingStep() {
    return slidingStep;
  }

  /** The start of the display window (inclusive), or empty to use the data's first time. */
  public OptionalLong getDisplayWindowBegin() {
    return displayWindowBegin;
  }

  /** The end of the display window (exclusive), or empty to use the data's last time + 1. */
  public OptionalLong getDisplayWindowEnd() {
    return displayWindowEnd;
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof SlidingTimeWindowAccessStrategy other
        && timeInterval == other.timeInterval
        && slidingStep == other.slidingStep
        && displayWindowBegin.equals(other.displayWindowBegin)
        && displayWindowEnd.equals(other.displayWindowEnd);
  }

  @Override
  public int hashCode() {
    return Objects.hash(timeInterval, slidingStep, displayWindowBegin, displayWindowEnd);
  }

  @Override
  public String toString() {
    return "SlidingTimeWindowAccessStrategy(timeInterval=" + timeInterval
        + ", slidingStep=" + slidingStep + displayWindowText(displayWindowBegin, displayWindowEnd)
        + ")";
  }

  static String displayWindowText(OptionalLong begin, OptionalLong end) {
    return begin.isPresent()
        ? ", displayWindow=[" + begin.getAsLong() + ", " + end.getAsLong() + ")"
        : "";
  }
}
