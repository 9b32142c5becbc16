package org.orrery.bench;

import java.util.List;
import java.util.StringJoiner;

/**
 * Q1–Q4 of the IoTDB paper's evaluation, on one device, as the peer benchmark defines them:
 * Q1 one sensor over one day from the middle of the data, Q2 all sensors over the first hour of
 * that day (time alignment), Q3 a count over everything, Q4 that count per hour
 * ({@code GROUP BY ([start, end), 1h)}).
 */
public final class QueryPlan {
  static final long DAY_MS = 86_400_000L;
  static final long HOUR_MS = 3_600_000L;

  private QueryPlan() {}

  public static List<BenchQuery> queries(BenchOptions options) {
    long start = options.startMs;
    long end = options.endMs();
    long span = end - start;
    long q1Start = start + Math.max(0, (span - DAY_MS) / 2);
    q1Start -= (q1Start - start) % options.intervalMs;
    long q1End = Math.min(q1Start + DAY_MS, end);
    long q2Start = q1Start;
    long q2End = Math.min(q2Start + HOUR_MS, end);
    String device = options.devicePath(options.queryDevice());
    StringJoiner allSensors = new StringJoiner(", ");
    options.sensorNames().forEach(allSensors::add);
    double[] sums = expectedSums(options, q1Start, q1End, q2Start, q2End);
    return List.of(
        new BenchQuery("Q1", "time range, 1 day, 1 sensor",
            "select s0 from " + device + " where time >= " + q1Start + " and time < " + q1End,
            ceilDiv(q1End - q1Start, options.intervalMs), sums[0]),
        new BenchQuery("Q2", "alignment of " + options.sensors + " sensors, 1 hour",
            "select " + allSensors + " from " + device + " where time >= " + q2Start + " and time < " + q2End,
            ceilDiv(q2End - q2Start, options.intervalMs), sums[1]),
        new BenchQuery("Q3", "count over the whole range", "select count(s0) from " + device, 1, options.rows),
        new BenchQuery("Q4", "count group by 1h over the whole range",
            "select count(s0) from " + device + " group by ([" + start + ", " + end + "), 1h)",
            ceilDiv(span, HOUR_MS), options.rows));
  }

  /** Regenerates the queried device: {sum of s0 in [q1s, q1e), sum of all sensors in [q2s, q2e)}. */
  static double[] expectedSums(BenchOptions options, long q1Start, long q1End, long q2Start, long q2End) {
    RandomWalk walk = new RandomWalk(options.seed, options.queryDevice(), options.sensors, options.step, options.decimals);
    double q1 = 0;
    double q2 = 0;
    long last = Math.max(q1End, q2End);
    for (long r = 0; r < options.rows; r++) {
      long time = options.startMs + r * options.intervalMs;
      if (time >= last) {
        break;
      }
      for (int s = 0; s < options.sensors; s++) {
        double value = walk.next(s);
        if (s == 0 && time >= q1Start && time < q1End) {
          q1 += value;
        }
        if (time >= q2Start && time < q2End) {
          q2 += value;
        }
      }
    }
    return new double[] {q1, q2};
  }

  static long ceilDiv(long a, long b) {
    return (a + b - 1) / b;
  }
}
