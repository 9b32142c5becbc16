package org.orrery.udf.api.customizer.strategy;

/**
 * Feeds the UDTF one row at a time through {@code transform(Row, PointCollector)}. With one input
 * a row is one point of it; with several inputs a row holds the values the inputs have at one
 * time (aligned by time), some of which may be null.
 */
public final class RowByRowAccessStrategy implements AccessStrategy {

  public RowByRowAccessStrategy() {}

  @Override
  public Kind kind() {
    return Kind.ROW_BY_ROW;
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof RowByRowAccessStrategy;
  }

  @Override
  public int hashCode() {
    return RowByRowAccessStrategy.class.hashCode();
  }

  @Override
  public String toString() {
    return "RowByRowAccessStrategy";
  }
}
