package org.orrery.model.api.data;

import java.util.Arrays;
import java.util.Objects;

/**
 * A named, immutable sequence of values at consecutive time steps: one target, covariate or
 * forecast. A missing value is {@code NaN}; what a model does with it is up to the model.
 */
public final class Series {
  private final String name;
  private final double[] values;

  /**
   * A series holding a copy of {@code values}.
   *
   * @param name the series' name, e.g. the path {@code root.db.etth.OT} or a covariate name
   * @throws IllegalArgumentException when the name is blank
   */
  public Series(String name, double[] values) {
    Objects.requireNonNull(name, "name");
    if (name.isBlank()) {
      throw new IllegalArgumentException("a series needs a name");
    }
    this.name = name;
    this.values = Objects.requireNonNull(values, "values").clone();
  }

  /** A series of the given values. */
  public static Series of(String name, double... values) {
    return new Series(name, values);
  }

  public String name() {
    return name;
  }

  /** Number of values. */
  public int length() {
    return values.length;
  }

  /** The value at time step {@code index}, counting from the oldest. */
  public double get(int index) {
    return values[index];
  }

  /** A copy of the values. */
  public double[] toArray() {
    return values.clone();
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof Series other && name.equals(other.name)
        && Arrays.equals(values, other.values);
  }

  @Override
  public int hashCode() {
    return 31 * name.hashCode() + Arrays.hashCode(values);
  }

  @Override
  public String toString() {
    return name + Arrays.toString(values);
  }
}
