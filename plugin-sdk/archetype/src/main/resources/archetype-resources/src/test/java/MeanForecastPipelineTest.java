package ${package};

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.orrery.model.api.ModelPipeline;
import org.orrery.model.api.data.ForecastInput;
import org.orrery.model.api.data.ForecastOptions;
import org.orrery.model.api.data.ForecastOutput;
import org.orrery.model.api.data.Series;
import org.orrery.model.api.exception.ModelInputException;

class MeanForecastPipelineTest {

  private final MeanForecastPipeline pipeline = new MeanForecastPipeline();

  @Test
  void forecastsTheMeanOfTheWholeInputByDefault() throws Exception {
    ForecastInput input = ForecastInput.builder()
        .target(Series.of("root.db.a", 1, 2, 3, 6))
        .target(Series.of("root.db.b", 10, 10, 10, 10))
        .build();
    ForecastOutput output = ModelPipeline.infer(pipeline, input, ForecastOptions.ofOutputLength(3));
    // (1 + 2 + 3 + 6) / 4 = 3
    assertEquals(List.of(Series.of("root.db.a", 3, 3, 3), Series.of("root.db.b", 10, 10, 10)),
        output.forecasts());
  }

  @Test
  void windowLimitsTheHistoryAndMissingValuesAreSkipped() throws Exception {
    ForecastInput input =
        ForecastInput.builder().target(Series.of("OT", 100, 1, Double.NaN, 3)).build();
    ForecastOutput output = ModelPipeline.infer(pipeline, input,
        new ForecastOptions(2, Map.of("window", "3")));
    // The last 3 steps are 1, NaN, 3: the mean of the known ones is 2.
    assertEquals(Series.of("OT", 2, 2), output.get(0));
  }

  @Test
  void rejectsATargetWithNoKnownValue() {
    ForecastInput input = ForecastInput.builder().target(Series.of("OT", Double.NaN)).build();
    ModelInputException e = assertThrows(ModelInputException.class,
        () -> ModelPipeline.infer(pipeline, input, ForecastOptions.ofOutputLength(1)));
    assertEquals("target 'OT' has no known value in its last 1 steps", e.getMessage());
  }
}
