package org.orrery.udf.api.customizer.config;

import java.util.Objects;
import org.orrery.udf.api.exception.UDFParameterNotValidException;
import org.orrery.udf.api.type.Type;
import org.osgi.annotation.versioning.ProviderType;

/** What a UDAF decides in {@code beforeStart}: the type of its result, which must be set. */
@ProviderType
public final class UDAFConfigurations {
  private Type outputDataType;

  public UDAFConfigurations() {}

  /** Sets the type of the value the UDAF puts into its {@code ResultValue}. */
  public UDAFConfigurations setOutputDataType(Type outputDataType) {
    this.outputDataType = Objects.requireNonNull(outputDataType, "outputDataType");
    return this;
  }

  /** The output type, or {@code null} while unset. */
  public Type getOutputDataType() {
    return outputDataType;
  }

  /**
   * Checks the configuration once {@code beforeStart} has returned; the server calls it.
   *
   * @throws UDFParameterNotValidException when the output type is unset
   */
  public void check() {
    if (outputDataType == null) {
      throw new UDFParameterNotValidException(
          "the UDAF did not set an output data type in beforeStart");
    }
  }
}
