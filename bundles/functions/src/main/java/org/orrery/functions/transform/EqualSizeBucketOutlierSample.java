package org.orrery.functions.transform;

import java.util.Arrays;
import java.util.Comparator;
import java.util.Locale;
import java.util.stream.IntStream;
import org.orrery.udf.api.UDFName;
import org.orrery.udf.api.UDTF;
import org.orrery.udf.api.access.RowWindow;
import org.orrery.udf.api.collector.PointCollector;
import org.orrery.udf.api.customizer.config.UDTFConfigurations;
import org.orrery.udf.api.customizer.parameter.UDFParameters;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.ServiceScope;

/**
 * {@code equal_size_bucket_outlier_sample(x, 'proportion'='p', 'type'='avg', 'number'='n')}: the
 * n most outlying points of every bucket of {@code (int) (n / p)} points (so that about a
 * proportion p of all points is kept), output in time order. The outlier score by {@code type}:
 *
 * <ul>
 *   <li>{@code avg} (default): distance of the value from the bucket's mean;
 *   <li>{@code stendis}: vertical distance from the straight line through the bucket's first and
 *       last points (in the time-value plane);
 *   <li>{@code cos}: for a point b between its neighbours a and c, the cosine of the angle between
 *       the vectors ab and bc; the smaller, the sharper the turn and the more outlying;
 *   <li>{@code prenextdis}: the length of ab plus the length of bc.
 * </ul>
 *
 * <p>{@code cos} and {@code prenextdis} score only points with both neighbours in the bucket; ties
 * go to the earlier point. {@code number} defaults to 3 and must be positive.
 */
@Component(scope = ServiceScope.PROTOTYPE, service = UDTF.class,
    property = UDFName.SERVICE_PROPERTY + "=equal_size_bucket_outlier_sample")
public final class EqualSizeBucketOutlierSample extends EqualSizeBucketTransform {
  /** The outlier scores; larger is more outlying. */
  private enum Score {
    AVG,
    STENDIS,
    COS,
    PRENEXTDIS
  }

  private Score score;
  private int number;

  public EqualSizeBucketOutlierSample() {
    super("equal_size_bucket_outlier_sample");
  }

  @Override
  protected int bucketSize(UDFParameters parameters, double proportion) {
    return (int) (number(parameters) / proportion);
  }

  @Override
  protected void checkAttributes(UDFParameters parameters) {
    score(parameters);
    number(parameters);
  }

  @Override
  protected void configure(UDFParameters parameters, UDTFConfigurations configurations) {
    super.configure(parameters, configurations);
    score = score(parameters);
    number = number(parameters);
  }

  private static Score score(UDFParameters parameters) {
    String name = parameters.getStringOrDefault("type", "avg");
    try {
      return Score.valueOf(name.trim().toUpperCase(Locale.ROOT));
    } catch (IllegalArgumentException e) {
      throw invalid(
          "attribute 'type' = '" + name + "' is not one of avg, stendis, cos, prenextdis");
    }
  }

  private static int number(UDFParameters parameters) {
    int number = parameters.getIntOrDefault("number", 3);
    if (number <= 0) {
      throw invalid("attribute 'number' = " + number + " must be greater than 0");
    }
    return number;
  }

  @Override
  public void transform(RowWindow window, PointCollector collector) {
    int size = window.windowSize();
    long[] times = new long[size];
    double[] values = new double[size];
    for (int i = 0; i < size; i++) {
      times[i] = window.getRow(i).getTime();
      values[i] = InputValues.doubleOf(window.getRow(i), 0);
    }
    double[] scores = scores(times, values);
    int[] chosen = IntStream.range(0, size)
        .filter(i -> !Double.isNaN(scores[i]))
        .boxed()
        .sorted(Comparator.<Integer>comparingDouble(i -> -scores[i]).thenComparingInt(i -> i))
        .limit(number)
        .mapToInt(Integer::intValue)
        .toArray();
    Arrays.sort(chosen);
    for (int row : chosen) {
      InputValues.copy(collector, times[row], window.getRow(row), 0);
    }
  }

  /** Each point's outlier score, NaN for points the score does not apply to. */
  private double[] scores(long[] times, double[] values) {
    int size = values.length;
    double[] scores = new double[size];
    Arrays.fill(scores, Double.NaN);
    switch (score) {
      case AVG: {
        double mean = Arrays.stream(values).average().orElse(0);
        for (int i = 0; i < size; i++) {
          scores[i] = Math.abs(values[i] - mean);
        }
        break;
      }
      case STENDIS: {
        int last = size - 1;
        for (int i = 0; i < size; i++) {
          double line = last == 0 || times[last] == times[0]
              ? values[0]
              : values[0] + (values[last] - values[0]) * (times[i] - times[0])
                  / (double) (times[last] - times[0]);
          scores[i] = Math.abs(values[i] - line);
        }
        break;
      }
      case COS:
        for (int i = 1; i < size - 1; i++) {
          double abTime = times[i] - times[i - 1];
          double abValue = values[i] - values[i - 1];
          double bcTime = times[i + 1] - times[i];
          double bcValue = values[i + 1] - values[i];
          double cos = (abTime * bcTime + abValue * bcValue)
              / (Math.hypot(abTime, abValue) * Math.hypot(bcTime, bcValue));
          scores[i] = -cos;
        }
        break;
      default:
        for (int i = 1; i < size - 1; i++) {
          scores[i] = Math.hypot(times[i] - times[i - 1], values[i] - values[i - 1])
              + Math.hypot(times[i + 1] - times[i], values[i + 1] - values[i]);
        }
        break;
    }
    return scores;
  }
}
