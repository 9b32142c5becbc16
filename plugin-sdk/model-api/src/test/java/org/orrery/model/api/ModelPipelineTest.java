package org.orrery.model.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.orrery.model.api.data.ForecastInput;
import org.orrery.model.api.data.ForecastOptions;
import org.orrery.model.api.data.ForecastOutput;
import org.orrery.model.api.data.Series;
import org.orrery.model.api.exception.ModelInputException;
import org.orrery.model.api.exception.ModelOutputException;

class ModelPipelineTest {

  /** Repeats each target's last value; needs 3 points and forecasts at most 10. */
  static final class LastValue implements ModelPipeline {
    @Override
    public String modelType() {
      return "last_value";
    }

    @Override
    public int minInputLength() {
      return 3;
    }

    @Override
    public int maxOutputLength() {
      return 10;
    }

    @Override
    public ForecastOutput forecast(ForecastInput input, ForecastOptions options) {
      List<Series> forecasts = new ArrayList<>();
      for (Series target : input.targets()) {
        double[] values = new double[options.outputLength()];
        Arrays.fill(values, target.get(target.length() - 1));
        forecasts.add(new Series(target.name(), values));
      }
      return new ForecastOutput(forecasts);
    }
  }

  /** Returns a fixed output whatever it is asked. */
  static final class Fixed implements ModelPipeline {
    private final ForecastOutput output;

    Fixed(ForecastOutput output) {
      this.output = output;
    }

    @Override
    public String modelType() {
      return "fixed";
    }

    @Override
    public ForecastOutput forecast(ForecastInput input, ForecastOptions options) {
      return output;
    }
  }

  private static ForecastInput input(int length) {
    double[] values = new double[length];
    Arrays.setAll(values, i -> i + 1);
    return ForecastInput.builder().target(new Series("OT", values)).build();
  }

  @Test
  void inferChainsTheStages() throws Exception {
    ForecastOutput output =
        ModelPipeline.infer(new LastValue(), input(4), ForecastOptions.ofOutputLength(2));
    assertEquals(List.of(Series.of("OT", 4, 4)), output.forecasts());
  }

  @Test
  void defaultsMatchTheInferenceCallDefaults() {
    ModelPipeline pipeline = new Fixed(new ForecastOutput(List.of()));
    assertEquals(96, pipeline.defaultOutputLength());
    assertEquals(1, pipeline.minInputLength());
  }

  @Test
  void preprocessRejectsShortInputs() {
    ModelInputException e =
        assertThrows(ModelInputException.class,
            () -> ModelPipeline.infer(new LastValue(), input(2), ForecastOptions.ofOutputLength(1)));
    assertEquals("model type 'last_value' needs at least 3 input points per target, but got 2",
        e.getMessage());
  }

  @Test
  void preprocessRejectsOutputsBeyondTheMaximum() {
    ModelInputException e =
        assertThrows(ModelInputException.class,
            () -> new LastValue().preprocess(input(3), ForecastOptions.ofOutputLength(11)));
    assertEquals("outputLength 11 exceeds the maximum of 10 of model type 'last_value'",
        e.getMessage());
  }

  @Test
  void preprocessChecksFutureCovariatesAgainstTheOutputLength() throws Exception {
    ForecastInput input =
        ForecastInput.builder()
            .target(Series.of("OT", 1, 2, 3))
            .futureCovariate(Series.of("plan", 5, 5))
            .build();
    ModelInputException e =
        assertThrows(ModelInputException.class,
            () -> new LastValue().preprocess(input, ForecastOptions.ofOutputLength(3)));
    assertEquals("future covariate 'plan' has 2 values but outputLength is 3", e.getMessage());
    assertSame(input, new LastValue().preprocess(input, new ForecastOptions(2, Map.of())));
  }

  @Test
  void postprocessRejectsForecastsOfTheWrongShape() {
    ForecastOptions options = ForecastOptions.ofOutputLength(2);
    ModelOutputException count =
        assertThrows(ModelOutputException.class,
            () -> ModelPipeline.infer(new Fixed(new ForecastOutput(List.of())), input(3), options));
    assertEquals("the pipeline returned 0 forecast series for 1 targets", count.getMessage());
    ModelOutputException length =
        assertThrows(ModelOutputException.class,
            () -> ModelPipeline.infer(
                new Fixed(new ForecastOutput(List.of(Series.of("out", 1, 2, 3)))), input(3),
                options));
    assertEquals("forecast series 0 ('out') has 3 values but outputLength is 2",
        length.getMessage());
  }
}
