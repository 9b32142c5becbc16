package org.orrery.samples.model;

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

class SeasonalNaivePipelineTest {

  private final SeasonalNaivePipeline pipeline = new SeasonalNaivePipeline();

  private static ForecastOptions options(int outputLength, int season) {
    return new ForecastOptions(outputLength, Map.of("season_length", Integer.toString(season)));
  }

  @Test
  void repeatsTheLastSeason() throws Exception {
    ForecastInput input = ForecastInput.builder()
        .target(Series.of("root.db.a", 1, 2, 3, 4, 5, 6))
        .target(Series.of("root.db.b", 0, 0, 0, 7, 8, 9))
        .build();
    ForecastOutput output = ModelPipeline.infer(pipeline, input, options(4, 3));
    assertEquals(List.of(Series.of("root.db.a", 4, 5, 6, 4), Series.of("root.db.b", 7, 8, 9, 7)),
        output.forecasts());
  }

  @Test
  void aMissingValueIsTakenFromAnEarlierSeason() throws Exception {
    ForecastInput input =
        ForecastInput.builder().target(Series.of("OT", 1, 2, 10, Double.NaN)).build();
    // Season 2: the last season is (10, NaN); phase 1 falls back to the previous season's 2.
    assertEquals(Series.of("OT", 10, 2, 10),
        ModelPipeline.infer(pipeline, input, options(3, 2)).get(0));
  }

  @Test
  void theDefaultSeasonIsADayOfHours() throws Exception {
    double[] history = new double[48];
    for (int i = 0; i < history.length; i++) {
      history[i] = i % 24;
    }
    ForecastInput input = ForecastInput.builder().target(new Series("OT", history)).build();
    ForecastOutput output =
        ModelPipeline.infer(pipeline, input, ForecastOptions.ofOutputLength(25));
    assertEquals(0.0, output.get(0).get(0));
    assertEquals(23.0, output.get(0).get(23));
    assertEquals(0.0, output.get(0).get(24));
  }

  @Test
  void needsOneFullSeason() {
    ForecastInput input = ForecastInput.builder().target(Series.of("OT", 1, 2)).build();
    ModelInputException e = assertThrows(ModelInputException.class,
        () -> ModelPipeline.infer(pipeline, input, options(1, 3)));
    assertEquals("seasonal_naive needs at least one season of 3 input points, but got 2",
        e.getMessage());
  }

  @Test
  void rejectsAPhaseWithNoKnownValue() {
    ForecastInput input =
        ForecastInput.builder().target(Series.of("OT", 1, Double.NaN, 3, Double.NaN)).build();
    ModelInputException e = assertThrows(ModelInputException.class,
        () -> ModelPipeline.infer(pipeline, input, options(2, 2)));
    assertEquals("target 'OT' has no known value at position 1 of any season of length 2",
        e.getMessage());
  }

  @Test
  void rejectsABadSeasonLength() {
    ForecastInput input = ForecastInput.builder().target(Series.of("OT", 1, 2)).build();
    assertThrows(ModelInputException.class,
        () -> ModelPipeline.infer(pipeline, input, options(1, 0)));
    assertThrows(ModelInputException.class, () -> ModelPipeline.infer(pipeline, input,
        new ForecastOptions(1, Map.of("season_length", "daily"))));
  }
}
