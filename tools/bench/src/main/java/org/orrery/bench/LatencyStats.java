package org.orrery.bench;

import java.util.Arrays;

/**
 * Order statistics of measured durations (nanoseconds). The median of an even count is the mean
 * of the two middle values; other percentiles are nearest-rank (the smallest value with at least
 * {@code p} of the samples at or below it). These are the definitions the IoTDB peer benchmark
 * uses, so the two reports compare directly.
 */
public final class LatencyStats {
  private final long[] sorted;

  public LatencyStats(long[] samples) {
    this.sorted = samples.clone();
    Arrays.sort(sorted);
  }

  public int count() {
    return sorted.length;
  }

  public double median() {
    if (sorted.length == 0) {
      return 0;
    }
    int middle = sorted.length / 2;
    return sorted.length % 2 == 1 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2.0;
  }

  /**
   * @param fraction in (0, 1], e.g. 0.99
   */
  public long percentile(double fraction) {
    if (fraction <= 0 || fraction > 1) {
      throw new IllegalArgumentException("percentile fraction must be in (0, 1]: " + fraction);
    }
    if (sorted.length == 0) {
      return 0;
    }
    int rank = (int) Math.ceil(fraction * sorted.length) - 1;
    return sorted[Math.max(0, Math.min(sorted.length - 1, rank))];
  }

  public long min() {
    return sorted.length == 0 ? 0 : sorted[0];
  }

  public long max() {
    return sorted.length == 0 ? 0 : sorted[sorted.length - 1];
  }

  /** Nanoseconds as milliseconds. */
  public static double millis(double nanos) {
    return nanos / 1e6;
  }
}
