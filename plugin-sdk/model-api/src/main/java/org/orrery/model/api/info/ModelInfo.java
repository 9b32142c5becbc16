package org.orrery.model.api.info;

import java.util.Objects;
import java.util.regex.Pattern;

/**
 * The metadata of a model: what {@code SHOW MODELS} lists, plus the shape of its input and
 * output. Immutable; {@link #withState(ModelState)} gives the same model in another state.
 *
 * <p>The shape is given per target series: the model reads {@link #inputLength()} steps of history
 * (at least) and forecasts {@link #outputLength()} steps unless the call asks for another length.
 */
public final class ModelInfo {
  /**
   * Model id rule: letters, digits and underscores, 2 to 64 characters, not starting with a digit
   * or an underscore. Ids are case-sensitive.
   */
  private static final Pattern MODEL_ID = Pattern.compile("[A-Za-z][A-Za-z0-9_]{1,63}");

  private final String modelId;
  private final String modelType;
  private final ModelCategory category;
  private final ModelState state;
  private final int inputLength;
  private final int outputLength;

  /**
   * @param modelId the model's unique id, see {@link #checkModelId(String)}
   * @param modelType the model family, e.g. {@code seasonal_naive}; empty when unknown
   * @param category where the model comes from
   * @param state where the model stands
   * @param inputLength steps of history the model reads per target, at least 1
   * @param outputLength steps the model forecasts by default, at least 1
   * @throws IllegalArgumentException naming the offending value
   */
  public ModelInfo(
      String modelId,
      String modelType,
      ModelCategory category,
      ModelState state,
      int inputLength,
      int outputLength) {
    this.modelId = checkModelId(modelId);
    this.modelType = Objects.requireNonNull(modelType, "modelType");
    this.category = Objects.requireNonNull(category, "category");
    this.state = Objects.requireNonNull(state, "state");
    if (inputLength < 1) {
      throw new IllegalArgumentException(
          "model '" + modelId + "': inputLength must be at least 1, got " + inputLength);
    }
    if (outputLength < 1) {
      throw new IllegalArgumentException(
          "model '" + modelId + "': outputLength must be at least 1, got " + outputLength);
    }
    this.inputLength = inputLength;
    this.outputLength = outputLength;
  }

  /**
   * Checks a model id: 2 to 64 letters, digits and underscores, starting with a letter.
   *
   * @return the id
   * @throws IllegalArgumentException naming the id and the rule it breaks
   */
  public static String checkModelId(String modelId) {
    Objects.requireNonNull(modelId, "modelId");
    if (!MODEL_ID.matcher(modelId).matches()) {
      throw new IllegalArgumentException(
          "invalid model id '" + modelId + "': use 2 to 64 letters, digits and underscores,"
              + " starting with a letter");
    }
    return modelId;
  }

  public String modelId() {
    return modelId;
  }

  /** The model family (SHOW MODELS' ModelType), possibly empty. */
  public String modelType() {
    return modelType;
  }

  public ModelCategory category() {
    return category;
  }

  public ModelState state() {
    return state;
  }

  /** Steps of history the model reads per target. */
  public int inputLength() {
    return inputLength;
  }

  /** Steps the model forecasts by default. */
  public int outputLength() {
    return outputLength;
  }

  /** This model in {@code newState}. */
  public ModelInfo withState(ModelState newState) {
    return new ModelInfo(modelId, modelType, category, newState, inputLength, outputLength);
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof ModelInfo other
        && modelId.equals(other.modelId)
        && modelType.equals(other.modelType)
        && category == other.category
        && state == other.state
        && inputLength == other.inputLength
        && outputLength == other.outputLength;
  }

  @Override
  public int hashCode() {
    return Objects.hash(modelId, modelType, category, state, inputLength, outputLength);
  }

  @Override
  public String toString() {
    return "ModelInfo(" + modelId + ", type=" + modelType + ", " + category.displayName() + ", "
        + state.displayName() + ", input=" + inputLength + ", output=" + outputLength + ")";
  }
}
