package org.orrery.model.api.data;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;
import org.orrery.model.api.exception.ModelInputException;

class ForecastInputTest {

  private static String failure(Executable build) {
    return assertThrows(ModelInputException.class, build).getMessage();
  }

  @Test
  void acceptsTargetsWithMatchingCovariates() {
    ForecastInput input =
        ForecastInput.builder()
            .target(Series.of("a", 1, 2, 3))
            .target(Series.of("b", 4, 5, 6))
            .pastCovariate(Series.of("load", 7, 8, 9))
            .futureCovariate(Series.of("plan", 1, 1))
            .timestamps(new long[] {100, 200, 300})
            .build();
    assertEquals(2, input.targetCount());
    assertEquals(3, input.inputLength());
    assertEquals(List.of("load"), List.copyOf(input.pastCovariates().keySet()));
    assertEquals(2, input.futureCovariates().get("plan").length());
    assertArrayEquals(new long[] {100, 200, 300}, input.timestamps().orElseThrow());
  }

  @Test
  void timestampsAreOptional() {
    ForecastInput input = ForecastInput.builder().target(Series.of("a", 1)).build();
    assertTrue(input.timestamps().isEmpty());
  }

  @Test
  void rejectsMissingOrEmptyTargets() {
    assertEquals("a forecast needs at least one target series",
        failure(() -> ForecastInput.builder().build()));
    assertEquals("target 'a' has no values",
        failure(() -> ForecastInput.builder().target(Series.of("a")).build()));
  }

  @Test
  void rejectsTargetsOfDifferentLengthsOrNames() {
    assertEquals("target 'b' has 2 values but target 'a' has 3",
        failure(() -> ForecastInput.builder()
            .target(Series.of("a", 1, 2, 3)).target(Series.of("b", 1, 2)).build()));
    assertEquals("target 'a' is given twice",
        failure(() -> ForecastInput.builder()
            .target(Series.of("a", 1)).target(Series.of("a", 2)).build()));
  }

  @Test
  void rejectsCovariatesOfTheWrongLength() {
    assertEquals("past covariate 'load' has 2 values but the targets have 3",
        failure(() -> ForecastInput.builder()
            .target(Series.of("a", 1, 2, 3)).pastCovariate(Series.of("load", 1, 2)).build()));
    assertEquals("future covariate 'y' has 3 values but the other future covariates have 2",
        failure(() -> ForecastInput.builder()
            .target(Series.of("a", 1))
            .futureCovariate(Series.of("x", 1, 2))
            .futureCovariate(Series.of("y", 1, 2, 3))
            .build()));
  }

  @Test
  void rejectsTimestampsThatDoNotFit() {
    assertEquals("there are 1 timestamps but the targets have 2 values",
        failure(() -> ForecastInput.builder()
            .target(Series.of("a", 1, 2)).timestamps(new long[] {1}).build()));
    assertEquals("timestamps must strictly increase, but step 1 has 5 after 5",
        failure(() -> ForecastInput.builder()
            .target(Series.of("a", 1, 2)).timestamps(new long[] {5, 5}).build()));
  }
}
