package org.orrery.functions.transform;

import org.orrery.udf.api.UDTF;
import org.orrery.udf.api.customizer.config.UDTFConfigurations;
import org.orrery.udf.api.customizer.parameter.UDFParameterValidator;
import org.orrery.udf.api.customizer.parameter.UDFParameters;
import org.orrery.udf.api.exception.UDFParameterNotValidException;

/**
 * The base of the built-in UDTFs: prefixes every argument error with the function's name (the
 * SDK validator's messages name only the argument), both in {@code validate} and in
 * {@code beforeStart}, where attributes are parsed.
 */
abstract class BuiltinTransform implements UDTF {
  private final String name;

  BuiltinTransform(String name) {
    this.name = name;
  }

  /** The checks of {@link #validate}, without the name prefix. */
  protected abstract void check(UDFParameterValidator validator);

  /** The work of {@link #beforeStart}, without the name prefix. */
  protected abstract void configure(UDFParameters parameters, UDTFConfigurations configurations);

  @Override
  public final void validate(UDFParameterValidator validator) {
    try {
      check(validator);
    } catch (UDFParameterNotValidException e) {
      throw named(e);
    }
  }

  @Override
  public final void beforeStart(UDFParameters parameters, UDTFConfigurations configurations) {
    try {
      configure(parameters, configurations);
    } catch (UDFParameterNotValidException e) {
      throw named(e);
    }
  }

  private UDFParameterNotValidException named(UDFParameterNotValidException e) {
    return new UDFParameterNotValidException("function " + name + ": " + e.getMessage(), e);
  }

  /** An argument error (the name prefix is added on the way out). */
  static UDFParameterNotValidException invalid(String message) {
    return new UDFParameterNotValidException(message);
  }
}
