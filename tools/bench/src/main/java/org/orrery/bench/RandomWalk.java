package org.orrery.bench;

import java.util.SplittableRandom;

/**
 * The benchmark's data: per device, one Gaussian random walk per sensor. Device {@code d}'s
 * generator is {@code SplittableRandom(seed * 1_000_003 + d)}; sensor {@code s} starts at
 * {@code 20 + 5 s + d}; each row advances sensors 0..S-1 in order by {@code N(0, step^2)},
 * optionally rounding the walk itself to {@code decimals} places. This is the generator the IoTDB
 * peer benchmark specifies, so both databases store the same numbers and the query checksums can
 * be recomputed.
 */
public final class RandomWalk {
  private final SplittableRandom random;
  private final double[] current;
  private final double step;
  private final double scale;

  /**
   * @param decimals places to round to, or a negative number for full precision
   */
  public RandomWalk(long seed, int device, int sensors, double step, int decimals) {
    this.random = new SplittableRandom(seed * 1_000_003L + device);
    this.current = new double[sensors];
    for (int s = 0; s < sensors; s++) {
      current[s] = 20.0 + 5.0 * s + device;
    }
    this.step = step;
    this.scale = decimals >= 0 ? Math.pow(10, decimals) : 0;
  }

  /** The next value of {@code sensor}; call for sensors 0..S-1 in order for each row. */
  public double next(int sensor) {
    double value = current[sensor] + random.nextGaussian() * step;
    if (scale > 0) {
      value = Math.round(value * scale) / scale;
    }
    current[sensor] = value;
    return value;
  }
}
