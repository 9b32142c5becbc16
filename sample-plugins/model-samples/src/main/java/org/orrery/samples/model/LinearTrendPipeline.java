package org.orrery.samples.model;

import java.util.ArrayList;
import java.util.List;
import org.orrery.model.api.ModelName;
import org.orrery.model.api.ModelPipeline;
import org.orrery.model.api.data.ForecastInput;
import org.orrery.model.api.data.ForecastOptions;
import org.orrery.model.api.data.ForecastOutput;
import org.orrery.model.api.data.Series;
import org.orrery.model.api.exception.ModelInputException;
import org.osgi.service.component.annotations.Component;

/**
 * The linear trend forecast: fits the line {@code a + b * t} to the last {@code window} input
 * steps ({@code t} = the step's index, all steps when {@code window} is not given) by ordinary
 * least squares, skipping missing (NaN) values, and extends it over the forecast horizon. Needs
 * two known values at different steps. Covariates are ignored.
 *
 * <pre>
 * CALL INFERENCE(linear_trend, "SELECT OT FROM root.db.etth", outputLength=12, window=96)
 * </pre>
 *
 * <p>Example: input 1, 3, 5, 7 fits {@code 1 + 2t}; output length 2 gives 9, 11.
 */
@Component(
    service = ModelPipeline.class,
    property = ModelName.SERVICE_PROPERTY + "=linear_trend")
public class LinearTrendPipeline implements ModelPipeline {

  @Override
  public String modelType() {
    return "linear_trend";
  }

  @Override
  public int minInputLength() {
    return 2;
  }

  @Override
  public ForecastOutput forecast(ForecastInput input, ForecastOptions options) {
    int window = options.getIntOrDefault("window", input.inputLength());
    if (window < 2) {
      throw new ModelInputException("parameter 'window' must be at least 2, got " + window);
    }
    List<Series> forecasts = new ArrayList<>();
    for (Series target : input.targets()) {
      int first = Math.max(0, target.length() - window);
      double[] line = fit(target, first);
      double[] values = new double[options.outputLength()];
      for (int h = 0; h < values.length; h++) {
        values[h] = line[0] + line[1] * (target.length() + h);
      }
      forecasts.add(new Series(target.name(), values));
    }
    return new ForecastOutput(forecasts);
  }

  /** Intercept and slope of the least-squares line through the known values from {@code first}. */
  private static double[] fit(Series target, int first) {
    // Centred sums keep the arithmetic stable for long inputs.
    double count = 0;
    double meanT = 0;
    double meanY = 0;
    for (int t = first; t < target.length(); t++) {
      if (!Double.isNaN(target.get(t))) {
        count++;
        meanT += t;
        meanY += target.get(t);
      }
    }
    if (count < 2) {
      throw new ModelInputException(
          "target '" + target.name() + "' needs 2 known values to fit a trend, but has "
              + (int) count);
    }
    meanT /= count;
    meanY /= count;
    double covariance = 0;
    double variance = 0;
    for (int t = first; t < target.length(); t++) {
      if (!Double.isNaN(target.get(t))) {
        covariance += (t - meanT) * (target.get(t) - meanY);
        variance += (t - meanT) * (t - meanT);
      }
    }
    double slope = covariance / variance;
    return new double[] {meanY - slope * meanT, slope};
  }
}
