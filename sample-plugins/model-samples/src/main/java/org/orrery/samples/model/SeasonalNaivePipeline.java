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
 * The seasonal naive forecast: every future step repeats the value one season earlier. With
 * season length {@code m} and input {@code y[0..n-1]}, step {@code h} (from 0) of the forecast is
 * {@code y[n - m + (h mod m)]}; if that value is missing (NaN), the same position of an earlier
 * season is used.
 *
 * <pre>
 * CALL INFERENCE(seasonal_naive, "SELECT OT FROM root.db.etth", outputLength=48, season_length=24)
 * </pre>
 *
 * <p>{@code season_length} defaults to 24 (a daily cycle of hourly data). The input must hold at
 * least one season. Covariates are ignored. Example: season 3, input 1, 2, 3, 4, 5, 6, output
 * length 4 gives 4, 5, 6, 4.
 */
@Component(
    service = ModelPipeline.class,
    property = ModelName.SERVICE_PROPERTY + "=seasonal_naive")
public class SeasonalNaivePipeline implements ModelPipeline {
  static final int DEFAULT_SEASON_LENGTH = 24;

  @Override
  public String modelType() {
    return "seasonal_naive";
  }

  @Override
  public ForecastInput preprocess(ForecastInput input, ForecastOptions options) throws Exception {
    ForecastInput checked = ModelPipeline.super.preprocess(input, options);
    int season = seasonLength(options);
    if (checked.inputLength() < season) {
      throw new ModelInputException(
          "seasonal_naive needs at least one season of " + season + " input points, but got "
              + checked.inputLength());
    }
    return checked;
  }

  @Override
  public ForecastOutput forecast(ForecastInput input, ForecastOptions options) {
    int season = seasonLength(options);
    List<Series> forecasts = new ArrayList<>();
    for (Series target : input.targets()) {
      double[] values = new double[options.outputLength()];
      for (int h = 0; h < values.length; h++) {
        values[h] = lastKnownAtPhase(target, season, h % season);
      }
      forecasts.add(new Series(target.name(), values));
    }
    return new ForecastOutput(forecasts);
  }

  /** The newest known value at {@code phase} of a season, counting back season by season. */
  private static double lastKnownAtPhase(Series target, int season, int phase) {
    for (int i = target.length() - season + phase; i >= 0; i -= season) {
      if (!Double.isNaN(target.get(i))) {
        return target.get(i);
      }
    }
    throw new ModelInputException(
        "target '" + target.name() + "' has no known value at position " + phase
            + " of any season of length " + season);
  }

  private static int seasonLength(ForecastOptions options) {
    int season = options.getIntOrDefault("season_length", DEFAULT_SEASON_LENGTH);
    if (season < 1) {
      throw new ModelInputException("parameter 'season_length' must be at least 1, got " + season);
    }
    return season;
  }
}
