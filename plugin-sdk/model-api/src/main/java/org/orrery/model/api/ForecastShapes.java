package org.orrery.model.api;

import org.orrery.model.api.data.ForecastInput;
import org.orrery.model.api.data.ForecastOptions;
import org.orrery.model.api.data.ForecastOutput;
import org.orrery.model.api.data.Series;
import org.orrery.model.api.exception.ModelInputException;
import org.orrery.model.api.exception.ModelOutputException;

/** The shape checks behind {@link ModelPipeline}'s default pre- and postprocessing. */
final class ForecastShapes {
  private ForecastShapes() {}

  static void checkInput(ModelPipeline pipeline, ForecastInput input, ForecastOptions options) {
    int minInput = pipeline.minInputLength();
    if (input.inputLength() < minInput) {
      throw new ModelInputException(
          "model type '" + pipeline.modelType() + "' needs at least " + minInput
              + " input points per target, but got " + input.inputLength());
    }
    int maxOutput = pipeline.maxOutputLength();
    if (options.outputLength() > maxOutput) {
      throw new ModelInputException(
          "outputLength " + options.outputLength() + " exceeds the maximum of " + maxOutput
              + " of model type '" + pipeline.modelType() + "'");
    }
    for (Series covariate : input.futureCovariates().values()) {
      if (covariate.length() != options.outputLength()) {
        throw new ModelInputException(
            "future covariate '" + covariate.name() + "' has " + covariate.length()
                + " values but outputLength is " + options.outputLength());
      }
    }
  }

  static void checkOutput(ForecastInput input, ForecastOutput output, ForecastOptions options) {
    if (output.size() != input.targetCount()) {
      throw new ModelOutputException(
          "the pipeline returned " + output.size() + " forecast series for "
              + input.targetCount() + " targets");
    }
    for (int i = 0; i < output.size(); i++) {
      Series forecast = output.get(i);
      if (forecast.length() != options.outputLength()) {
        throw new ModelOutputException(
            "forecast series " + i + " ('" + forecast.name() + "') has " + forecast.length()
                + " values but outputLength is " + options.outputLength());
      }
    }
  }
}
