package org.orrery.udf.api.customizer.strategy;

/**
 * Feeds the UDTF windows of a fixed number of rows, through
 * {@code transform(RowWindow, PointCollector)}.
 *
 * <p>Window {@code k} (from 0) holds the rows {@code k * slidingStep} to
 * {@code k * slidingStep + windowSize - 1} of the input, for every {@code k} whose first row
 * exists; the last windows may hold fewer rows. Windows overlap when the step is smaller than the
 * size and skip rows when it is larger.
 */
public final class SlidingSizeWindowAccessStrategy implements AccessStrategy {
  private static final String NAME = "sliding size window";

  private final int windowSize;
  private final int slidingStep;

  /**
   * Back-to-back windows of {@code windowSize} rows.
   *
   * @throws org.orrery.udf.api.exception.UDFParameterNotValidException if the size is not
   *     positive
   */
  public SlidingSizeWindowAccessStrategy(int windowSize) {
    this(windowSize, windowSize);
  }

  /**
   * Windows of {@code windowSize} rows, one starting every {@code slidingStep} rows.
   *
   * @throws org.orrery.udf.api.exception.UDFParameterNotValidException if either is not positive
   */
  public SlidingSizeWindowAccessStrategy(int windowSize, int slidingStep) {
    this.windowSize = (int) StrategyChecks.positive(NAME, "windowSize", windowSize);
    this.slidingStep = (int) StrategyChecks.positive(NAME, "slidingStep", slidingStep);
  }

  @Override
  public Kind kind() {
    return Kind.SLIDING_SIZE_WINDOW;
  }

  /** The number of rows in a full window. */
  public int getWindowSize() {
    return windowSize;
  }

  /** The number of rows between the first rows of consecutive windows. */
  public int getSlidingStep() {
    return slidingStep;
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof SlidingSizeWindowAccessStrategy other
        && windowSize == other.windowSize
        && slidingStep == other.slidingStep;
  }

  @Override
  public int hashCode() {
    return 31 * windowSize + slidingStep;
  }

  @Override
  public String toString() {
    return "SlidingSizeWindowAccessStrategy(windowSize=" + windowSize
        + ", slidingStep=" + slidingStep + ")";
  }
}
