package org.orrery.udf.api.customizer.strategy;

import java.util.List;
import org.orrery.udf.api.type.Type;

/**
 * How the server feeds input rows to a UDTF, set with
 * {@link org.orrery.udf.api.customizer.config.UDTFConfigurations#setAccessStrategy}. The strategy
 * decides which {@code transform} method the server calls:
 *
 * <table>
 *   <caption>Strategies and the transform method each one drives</caption>
 *   <tr><th>Strategy</th><th>Input unit</th><th>Method called</th></tr>
 *   <tr><td>{@link RowByRowAccessStrategy}</td><td>one row</td>
 *       <td>{@code transform(Row, PointCollector)}</td></tr>
 *   <tr><td>{@link SlidingTimeWindowAccessStrategy}</td><td>rows in a fixed time span</td>
 *       <td rowspan="4">{@code transform(RowWindow, PointCollector)}</td></tr>
 *   <tr><td>{@link SlidingSizeWindowAccessStrategy}</td><td>a fixed number of rows</td></tr>
 *   <tr><td>{@link SessionTimeWindowAccessStrategy}</td><td>rows without a long time gap</td></tr>
 *   <tr><td>{@link StateWindowAccessStrategy}</td><td>rows with the same (or a close) value</td>
 *       </tr>
 * </table>
 *
 * <p>The set of strategies is closed: the server must understand every one of them, so plugins
 * choose among these classes and cannot add their own. Every constructor checks its arguments and
 * throws {@link org.orrery.udf.api.exception.UDFParameterNotValidException} naming the bad one.
 */
public sealed interface AccessStrategy
    permits RowByRowAccessStrategy,
        SlidingTimeWindowAccessStrategy,
        SlidingSizeWindowAccessStrategy,
        SessionTimeWindowAccessStrategy,
        StateWindowAccessStrategy {

  /** The strategies, so that the server can dispatch with a {@code switch}. */
  enum Kind {
    ROW_BY_ROW,
    SLIDING_TIME_WINDOW,
    SLIDING_SIZE_WINDOW,
    SESSION_TIME_WINDOW,
    STATE_WINDOW;

    /** Whether the strategy delivers {@link org.orrery.udf.api.access.RowWindow}s. */
    public boolean isWindowed() {
      return this != ROW_BY_ROW;
    }
  }

  /** Which strategy this is. */
  Kind kind();

  /**
   * Checks that the strategy can read inputs of the given types; the server calls it after
   * {@code beforeStart}.
   *
   * @param inputTypes the types of the UDTF's inputs, in order
   * @throws org.orrery.udf.api.exception.UDFParameterNotValidException when it cannot
   */
  default void checkInputs(List<Type> inputTypes) {}
}
