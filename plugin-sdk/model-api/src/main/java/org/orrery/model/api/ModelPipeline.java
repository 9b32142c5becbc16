package org.orrery.model.api;

import org.orrery.model.api.data.ForecastInput;
import org.orrery.model.api.data.ForecastOptions;
import org.orrery.model.api.data.ForecastOutput;
import org.osgi.annotation.versioning.ConsumerType;

/**
 * A forecasting model pipeline: given the history of target series (and optional past and future
 * covariates), it produces the next {@code outputLength} values of each target.
 *
 * <h2>Inference</h2>
 *
 * <p>For every inference call (for example
 * {@code CALL INFERENCE(my_model, "SELECT OT FROM root.db.etth", outputLength=48)}) the server
 * runs the three stages that {@link #infer} chains:
 *
 * <ol>
 *   <li>{@link #preprocess}: check the input against the model's attributes and prepare it (the
 *       default checks {@link #minInputLength()}, {@link #maxOutputLength()} and the length of
 *       future covariates, and passes the input on unchanged);
 *   <li>{@link #forecast}: compute the forecasts;
 *   <li>{@link #postprocess}: check and adjust the forecasts (the default checks there is one
 *       series per target, each {@code outputLength} long).
 * </ol>
 *
 * <p>Overriding {@code preprocess} or {@code postprocess} to add model-specific work should keep
 * the default checks by calling {@code ModelPipeline.super.preprocess(...)}. A stage fails the call
 * by throwing; {@link org.orrery.model.api.exception.ModelInputException} tells the user the call
 * itself is wrong.
 *
 * <p>One pipeline instance serves every inference call of its model, possibly from several
 * threads at once, so it must be thread-safe; keep per-call data in local variables.
 */
@ConsumerType
public interface ModelPipeline {

  /** The model family, shown as ModelType by {@code SHOW MODELS}, e.g. {@code seasonal_naive}. */
  String modelType();

  /** The fewest steps of history per target the model can forecast from. At least 1. */
  default int minInputLength() {
    return 1;
  }

  /** The output length used when the call does not give one. */
  default int defaultOutputLength() {
    return 96;
  }

  /** The longest output the model can produce. */
  default int maxOutputLength() {
    return Integer.MAX_VALUE;
  }

  /**
   * Checks and prepares the input.
   *
   * @return the input {@link #forecast} receives
   * @throws org.orrery.model.api.exception.ModelInputException naming what does not fit
   */
  default ForecastInput preprocess(ForecastInput input, ForecastOptions options) throws Exception {
    ForecastShapes.checkInput(this, input, options);
    return input;
  }

  /**
   * Forecasts {@code options.outputLength()} steps for every target of {@code input}.
   *
   * @return one series per target, in the targets' order
   */
  ForecastOutput forecast(ForecastInput input, ForecastOptions options) throws Exception;

  /**
   * Checks and adjusts the forecasts.
   *
   * @param input the input {@link #forecast} received
   * @return the result the user sees
   * @throws org.orrery.model.api.exception.ModelOutputException when the forecasts have the wrong
   *     shape
   */
  default ForecastOutput postprocess(
      ForecastInput input, ForecastOutput output, ForecastOptions options) throws Exception {
    ForecastShapes.checkOutput(input, output, options);
    return output;
  }

  /**
   * Runs the three stages on {@code pipeline} as the server does for an inference call; also
   * convenient in tests of a pipeline.
   */
  static ForecastOutput infer(ModelPipeline pipeline, ForecastInput input, ForecastOptions options)
      throws Exception {
    ForecastInput prepared = pipeline.preprocess(input, options);
    ForecastOutput raw = pipeline.forecast(prepared, options);
    return pipeline.postprocess(prepared, raw, options);
  }
}
