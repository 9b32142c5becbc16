package org.orrery.udf.api.customizer.strategy;

import java.util.Objects;
import java.util.OptionalLong;

/**
 * Feeds the UDTF sessions: maximal runs of rows in which consecutive rows are at most
 * {@code sessionTimeGap} apart, through {@code transform(RowWindow, PointCollector)}. A gap longer
 * than {@code sessionTimeGap} between two rows ends one window and starts the next, so
 * consecutive windows are always more than {@code sessionTimeGap} apart.
 *
 * <p>Only rows inside the optional display window {@code [displayWindowBegin, displayWindowEnd)}
 * are considered; without it, all rows are. Times are in the database's timestamp precision.
 */
public final class SessionTimeWindowAccessStrategy implements AccessStrategy {
  private static final String NAME = "session time window";

  private final long sessionTimeGap;
  private final OptionalLong displayWindowBegin;
  private final OptionalLong displayWindowEnd;

  /**
   * Sessions over all rows.
   *
   * @throws org.orrery.udf.api.exception.UDFParameterNotValidException if the gap is negative
   */
  public SessionTimeWindowAccessStrategy(long sessionTimeGap) {
    this.sessionTimeGap = StrategyChecks.notNegative(NAME, "sessionTimeGap", sessionTimeGap);
    this.displayWindowBegin = OptionalLong.empty();
    this.displayWindowEnd = OptionalLong.empty();
  }

  /**
   * Sessions over the rows in {@code [displayWindowBegin, displayWindowEnd)}.
   *
   * @throws org.orrery.udf.api.exception.UDFParameterNotValidException if the gap is negative or
   *     the display window ends before it begins
   */
  public SessionTimeWindowAccessStrategy(
      long displayWindowBegin, long displayWindowEnd, long sessionTimeGap) {
    StrategyChecks.displayWindow(NAME, displayWindowBegin, displayWindowEnd);
    this.sessionTimeGap = StrategyChecks.notNegative(NAME, "sessionTimeGap", sessionTimeGap);
    this.displayWindowBegin = OptionalLong.of(displayWindowBegin);
    this.displayWindowEnd = OptionalLong.of(displayWindowEnd);
  }

  @Override
  public Kind kind() {
    return Kind.SESSION_TIME_WINDOW;
  }

  /** The longest time between consecutive rows of one session. */
  public long getSessionTimeGap() {
    return sessionTimeGap;
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
    return o instanceof SessionTimeWindowAccessStrategy other
        && sessionTimeGap == other.sessionTimeGap
        && displayWindowBegin.equals(other.displayWindowBegin)
        && displayWindowEnd.equals(other.displayWindowEnd);
  }

  @Override
  public int hashCode() {
    return Objects.hash(sessionTimeGap, displayWindowBegin, displayWindowEnd);
  }

  @Override
  public String toString() {
    return "SessionTimeWindowAccessStrategy(sessionTimeGap=" + sessionTimeGap
        + SlidingTimeWindowAccessStrategy.displayWindowText(displayWindowBegin, displayWindowEnd)
        + ")";
  }
}
