package org.orrery.model.api.data;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.Map;
import org.junit.jupiter.api.Test;
import org.orrery.model.api.exception.ModelInputException;

class ForecastOptionsTest {

  @Test
  void readsTypedParameters() {
    ForecastOptions options =
        new ForecastOptions(48, Map.of("season_length", " 24 ", "alpha", "0.5", "mode", "fast"));
    assertEquals(48, options.outputLength());
    assertEquals(24, options.getIntOrDefault("season_length", 1));
    assertEquals(0.5, options.getDoubleOrDefault("alpha", 1));
    assertEquals("fast", options.getStringOrDefault("mode", "slow"));
    assertEquals(7, options.getIntOrDefault("absent", 7));
  }

  @Test
  void malformedParametersAndLengthsAreInputErrors() {
    ForecastOptions options = new ForecastOptions(1, Map.of("season_length", "day"));
    assertEquals("parameter 'season_length' = 'day' is not a valid integer",
        assertThrows(ModelInputException.class,
            () -> options.getIntOrDefault("season_length", 1)).getMessage());
    assertEquals("outputLength must be positive, got 0",
        assertThrows(ModelInputException.class, () -> ForecastOptions.ofOutputLength(0))
            .getMessage());
  }
}
