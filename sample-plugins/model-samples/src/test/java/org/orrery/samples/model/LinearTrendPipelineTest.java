package org.orrery.samples.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.Map;
import org.junit.jupiter.api.Test;
import org.orrery.model.api.ModelPipeline;
import org.orrery.model.api.data.ForecastInput;
import org.orrery.model.api.data.ForecastOptions;
import org.orrery.model.api.data.Series;
import org.orrery.model.api.exception.ModelInputException;

class LinearTrendPipelineTest {

  private final LinearTrendPipeline pipeline = new LinearTrendPipeline();

  private Series forecast(Series target, ForecastOptions options) throws Exception {
    return ModelPipeline.infer(pipeline, ForecastInput.builder().target(target).build(), options)
        .get(0);
  }

  private static void assertSeries(double[] expected, Series actual) {
    assertEquals(expected.length, actual.length());
    for (int i = 0; i < expected.length; i++) {
      assertEquals(expected[i], actual.get(i), 1e-9, "step " + i);
    }
  }

  @Test
  void extendsAnExactLine() throws Exception {
    // 1, 3, 5, 7 is 1 + 2t; steps 4 and 5 are 9 and 11.
    assertSeries(new double[] {9, 11},
        forecast(Series.of("OT", 1, 3, 5, 7), ForecastOptions.ofOutputLength(2)));
  }

  @Test
  void fitsTheLeastSquaresLineThroughNoisyData() throws Exception {
    // Points (0,0), (1,2), (2,1): mean t = 1, mean y = 1, slope = (-1*-1 + 0 + 1*0) / 2 = 0.5,
    // intercept = 0.5; step 3 is 0.5 + 1.5 = 2.
    assertSeries(new double[] {2},
        forecast(Series.of("OT", 0, 2, 1), ForecastOptions.ofOutputLength(1)));
  }

  @Test
  void windowAndMissingValuesLimitTheFit() throws Exception {
    // Window 3 keeps (2, 10), (3, NaN), (4, 14): slope 2, so step 5 is 16.
    Series target = Series.of("OT", 100, -100, 10, Double.NaN, 14);
    assertSeries(new double[] {16, 18},
        forecast(target, new ForecastOptions(2, Map.of("window", "3"))));
  }

  @Test
  void needsTwoKnownValues() {
    ModelInputException e = assertThrows(ModelInputException.class,
        () -> forecast(Series.of("OT", Double.NaN, 4), ForecastOptions.ofOutputLength(1)));
    assertEquals("target 'OT' needs 2 known values to fit a trend, but has 1", e.getMessage());
    assertThrows(ModelInputException.class,
        () -> forecast(Series.of("OT", 1), ForecastOptions.ofOutputLength(1)));
  }
}
