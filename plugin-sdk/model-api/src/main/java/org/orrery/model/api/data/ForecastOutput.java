package org.orrery.model.api.data;

import java.util.List;

/**
 * The result of a forecast: one series per target, in the targets' order, each as long as the
 * requested output length; the first value is the step right after the last input step.
 */
public final class ForecastOutput {
  private final List<Series> forecasts;

  public ForecastOutput(List<Series> forecasts) {
    this.forecasts = List.copyOf(forecasts);
  }

  /** The forecast series, one per target; unmodifiable. */
  public List<Series> forecasts() {
    return forecasts;
  }

  /** Number of forecast series. */
  public int size() {
    return forecasts.size();
  }

  /** The forecast of target {@code index}. */
  public Series get(int index) {
    return forecasts.get(index);
  }

  @Override
  public String toString() {
    return "ForecastOutput" + forecasts;
  }
}
