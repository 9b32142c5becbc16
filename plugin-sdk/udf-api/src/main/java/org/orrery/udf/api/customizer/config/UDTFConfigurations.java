package org.orrery.udf.api.customizer.config;

import java.util.Objects;
import org.orrery.udf.api.customizer.parameter.UDFParameters;
import org.orrery.udf.api.customizer.strategy.AccessStrategy;
import org.orrery.udf.api.exception.UDFParameterNotValidException;
import org.orrery.udf.api.type.Type;
import org.osgi.annotation.versioning.ProviderType;

/**
 * What a UDTF decides in {@code beforeStart}: how it reads its input and the type of its output.
 * Both must be set.
 *
 * <pre>{@code
 * configurations
 *     .setAccessStrategy(new RowByRowAccessStrategy())
 *     .setOutputDataType(parameters.getDataType(0));
 * }</pre>
 */
@ProviderType
public final class UDTFConfigurations {
  private AccessStrategy accessStrategy;
  private Type outputDataType;

  public UDTFConfigurations() {}

  /** Sets how the server feeds input to the UDTF, which decides the transform method called. */
  public UDTFConfigurations setAccessStrategy(AccessStrategy accessStrategy) {
    this.accessStrategy = Objects.requireNonNull(accessStrategy, "accessStrategy");
    return this;
  }

  /** Sets the type of the points the UDTF puts into its {@code PointCollector}. */
  public UDTFConfigurations setOutputDataType(Type outputDataType) {
    this.outputDataType = Objects.requireNonNull(outputDataType, "outputDataType");
    return this;
  }

  /** The access strategy, or {@code null} while unset. */
  public AccessStrategy getAccessStrategy() {
    return accessStrategy;
  }

  /** The output type, or {@code null} while unset. */
  public Type getOutputDataType() {
    return outputDataType;
  }

  /**
   * Checks the configuration once {@code beforeStart} has returned; the server calls it.
   *
   * @param parameters the call's arguments, whose input types the strategy must accept
   * @throws UDFParameterNotValidException when the strategy or the output type is unset, or the
   *     strategy cannot read the inputs
   */
  public void check(UDFParameters parameters) {
    if (accessStrategy == null) {
      throw new UDFParameterNotValidException(
          "the UDTF did not set an access strategy in beforeStart");
    }
    if (outputDataType == null) {
      throw new UDFParameterNotValidException(
          "the UDTF did not set an output data type in beforeStart");
    }
    accessStrategy.checkInputs(parameters.getDataTypes());
  }
}
