package org.orrery.udf.api.customizer.parameter;

import java.util.Arrays;
import java.util.Objects;
import java.util.function.Predicate;
import org.orrery.udf.api.exception.UDFParameterNotValidException;
import org.orrery.udf.api.type.Type;
import org.osgi.annotation.versioning.ProviderType;

/**
 * Checks the arguments of a UDF call in {@code validate}, before {@code beforeStart} runs. Each
 * check returns this validator so that checks chain, and throws
 * {@link UDFParameterNotValidException} with a message naming what is wrong; the server shows that
 * message to the user.
 *
 * <pre>{@code
 * validator.validateInputSeriesNumber(1)
 *     .validateInputSeriesDataType(0, Type.INT32, Type.INT64, Type.FLOAT, Type.DOUBLE)
 *     .validateRequiredAttribute("threshold");
 * }</pre>
 */
@ProviderType
public final class UDFParameterValidator {
  private final UDFParameters parameters;

  public UDFParameterValidator(UDFParameters parameters) {
    this.parameters = Objects.requireNonNull(parameters, "parameters");
  }

  /** The arguments being checked. */
  public UDFParameters getParameters() {
    return parameters;
  }

  /** Requires the attribute {@code key} to be given. */
  public UDFParameterValidator validateRequiredAttribute(String key) {
    if (!parameters.hasAttribute(key)) {
      throw new UDFParameterNotValidException(
          "attribute '" + key + "' is required but was not given");
    }
    return this;
  }

  /** Requires exactly {@code expected} input series. */
  public UDFParameterValidator validateInputSeriesNumber(int expected) {
    int actual = parameters.getChildExpressionsSize();
    if (actual != expected) {
      throw new UDFParameterNotValidException(
          "the function takes " + expected + " input series, but " + actual + " were given");
    }
    return this;
  }

  /** Requires between {@code min} and {@code max} input series, both included. */
  public UDFParameterValidator validateInputSeriesNumber(int min, int max) {
    if (min > max) {
      throw new IllegalArgumentException("min " + min + " is greater than max " + max);
    }
    int actual = parameters.getChildExpressionsSize();
    if (actual < min || actual > max) {
      throw new UDFParameterNotValidException(
          "the function takes " + min + " to " + max + " input series, but " + actual
              + " were given");
    }
    return this;
  }

  /** Requires the input series at {@code index} to exist and to have one of {@code allowed}. */
  public UDFParameterValidator validateInputSeriesDataType(int index, Type... allowed) {
    int count = parameters.getChildExpressionsSize();
    if (index < 0 || index >= count) {
      throw new UDFParameterNotValidException(
          "the function needs input series " + index + ", but " + count + " were given");
    }
    Type actual = parameters.getDataType(index);
    for (Type type : allowed) {
      if (type == actual) {
        return this;
      }
    }
    throw new UDFParameterNotValidException(
        "input series " + index + " (" + parameters.getChildExpressions().get(index)
            + ") has type " + actual + ", but the function accepts "
            + String.join(", ", Arrays.stream(allowed).map(Type::name).toList()));
  }

  /**
   * A custom check: throws with {@code message} when {@code rule} rejects {@code argument}.
   *
   * <pre>{@code
   * validator.validate(w -> w > 0, "window must be positive", parameters.getIntOrDefault("window", 10));
   * }</pre>
   */
  public <T> UDFParameterValidator validate(Predicate<? super T> rule, String message, T argument) {
    if (!rule.test(argument)) {
      throw new UDFParameterNotValidException(message + " (got " + argument + ")");
    }
    return this;
  }
}
