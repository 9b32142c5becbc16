package org.orrery.model.api.data;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import org.orrery.model.api.exception.ModelInputException;

/**
 * How to forecast: the number of steps to produce and the extra {@code name=value} parameters of
 * the inference call (for example {@code season_length=24} in
 * {@code CALL INFERENCE(m, "SELECT ...", outputLength=48, season_length=24)}). The server takes
 * out the parameters it handles itself, such as {@code generateTime}, before calling the pipeline.
 *
 * <p>The typed getters throw {@link ModelInputException} naming the parameter and its text when
 * it cannot be read as the asked type.
 */
public final class ForecastOptions {
  private final int outputLength;
  private final Map<String, String> parameters;

  /**
   * @param outputLength the number of steps to forecast per target
   * @param parameters the call's other parameters
   * @throws ModelInputException when {@code outputLength} is not positive
   */
  public ForecastOptions(int outputLength, Map<String, String> parameters) {
    if (outputLength <= 0) {
      throw new ModelInputException("outputLength must be positive, got " + outputLength);
    }
    this.outputLength = outputLength;
    this.parameters = Collections.unmodifiableMap(
        new LinkedHashMap<>(Objects.requireNonNull(parameters, "parameters")));
  }

  /** Options with no extra parameters. */
  public static ForecastOptions ofOutputLength(int outputLength) {
    return new ForecastOptions(outputLength, Map.of());
  }

  /** The number of steps to forecast per target. */
  public int outputLength() {
    return outputLength;
  }

  /** All extra parameters; unmodifiable. */
  public Map<String, String> parameters() {
    return parameters;
  }

  public String getStringOrDefault(String name, String defaultValue) {
    return parameters.getOrDefault(name, defaultValue);
  }

  public int getIntOrDefault(String name, int defaultValue) {
    Integer value = parse(name, "integer", Integer::valueOf);
    return value == null ? defaultValue : value;
  }

  public double getDoubleOrDefault(String name, double defaultValue) {
    Double value = parse(name, "number", Double::valueOf);
    return value == null ? defaultValue : value;
  }

  private <T> T parse(String name, String what, Function<String, T> parser) {
    String text = parameters.get(name);
    if (text == null) {
      return null;
    }
    try {
      return parser.apply(text.trim());
    } catch (NumberFormatException e) {
      throw new ModelInputException(
          "parameter '" + name + "' = '" + text + "' is not a valid " + what, e);
    }
  }

  @Override
  public String toString() {
    return "ForecastOptions(outputLength=" + outputLength + ", parameters=" + parameters + ")";
  }
}
