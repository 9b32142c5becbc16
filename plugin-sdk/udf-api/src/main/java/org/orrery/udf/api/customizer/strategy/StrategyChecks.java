package org.orrery.udf.api.customizer.strategy;

import org.orrery.udf.api.exception.UDFParameterNotValidException;

/** Argument checks shared by the strategies; messages name the strategy and the argument. */
final class StrategyChecks {
  private StrategyChecks() {}

  static long positive(String strategy, String name, long value) {
    if (value <= 0) {
      throw new UDFParameterNotValidException(
          strategy + ": " + name + " must be positive, got " + value);
    }
    return value;
  }

  static long notNegative(String strategy, String name, long value) {
    if (value < 0) {
      throw new UDFParameterNotValidException(
          strategy + ": " + name + " must not be negative, got " + value);
    }
    return value;
  }

  static double delta(String strategy, double delta) {
    if (!(delta >= 0) || Double.isInfinite(delta)) {
      throw new UDFParameterNotValidException(
          strategy + ": delta must be a finite number not below 0, got " + delta);
    }
    return delta;
  }

  static void displayWindow(String strategy, long begin, long end) {
    if (end < begin) {
      throw new UDFParameterNotValidException(
          strategy + ": displayWindowEnd (" + end + ") must not be before displayWindowBegin ("
              + begin + ")");
    }
  }
}
