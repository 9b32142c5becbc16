package ${package};

import java.util.ArrayList;
import java.util.Arrays;
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
 * A forecasting model that predicts every future step of a target as the mean of its last
 * {@code window} known values (all of them when {@code window} is not given); missing values
 * (NaN) are skipped. Covariates are ignored.
 *
 * <pre>
 * CALL INFERENCE(mean_forecast, "SELECT OT FROM root.db.etth", outputLength=24, window=48)
 * </pre>
 *
 * <p>Stateless, hence thread-safe: one instance serves every call.
 */
@Component(
    service = ModelPipeline.class,
    property = ModelName.SERVICE_PROPERTY + "=mean_forecast")
public class MeanForecastPipeline implements ModelPipeline {

  @Override
  public String modelType() {
    return "mean";
  }

  @Override
  public ForecastOutput forecast(ForecastInput input, ForecastOptions options) {
    int window = options.getIntOrDefault("window", input.inputLength());
    if (window < 1) {
      throw new ModelInputException("parameter 'window' must be at least 1, got " + window);
    }
    List<Series> forecasts = new ArrayList<>();
    for (Series target : input.targets()) {
      double[] values = new double[options.outputLength()];
      Arrays.fill(values, meanOfLast(target, window));
      forecasts.add(new Series(target.name(), values));
    }
    return new ForecastOutput(forecasts);
  }

  private static double meanOfLast(Series target, int window) {
    double sum = 0;
    int count = 0;
    for (int i = Math.max(0, target.length() - window); i < target.length(); i++) {
      if (!Double.isNaN(target.get(i))) {
        sum += target.get(i);
        count++;
      }
    }
    if (count == 0) {
      throw new ModelInputException(
          "target '" + target.name() + "' has no known value in its last " + window + " steps");
    }
    return sum / count;
  }
}
