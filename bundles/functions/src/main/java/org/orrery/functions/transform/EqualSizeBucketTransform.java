package org.orrery.functions.transform;

import org.orrery.udf.api.customizer.config.UDTFConfigurations;
import org.orrery.udf.api.customizer.parameter.UDFParameterValidator;
import org.orrery.udf.api.customizer.parameter.UDFParameters;
import org.orrery.udf.api.customizer.strategy.SlidingSizeWindowAccessStrategy;
import org.orrery.udf.api.type.Type;

/**
 * The equal-size-bucket samplers: one numeric input cut into consecutive buckets of a fixed
 * number of points, derived from the attribute {@code proportion} in (0, 1] (default 0.1), each
 * bucket sampled by the subclass. The output has the input's type.
 */
abstract class EqualSizeBucketTransform extends BuiltinTransform {
  static final String PROPORTION = "proportion";

  protected Type type;

  EqualSizeBucketTransform(String name) {
    super(name);
  }

  /** The number of points per bucket for the call. */
  protected abstract int bucketSize(UDFParameters parameters, double proportion);

  /** Further attribute checks of the subclass. */
  protected void checkAttributes(UDFParameters parameters) {}

  @Override
  protected void check(UDFParameterValidator validator) {
    InputValues.requireOneNumericInput(validator);
    double proportion = validator.getParameters().getDoubleOrDefault(PROPORTION, 0.1);
    if (!(proportion > 0 && proportion <= 1)) {
      throw invalid("attribute '" + PROPORTION + "' = " + proportion + " must be in (0, 1]");
    }
    checkAttributes(validator.getParameters());
  }

  @Override
  protected void configure(UDFParameters parameters, UDTFConfigurations configurations) {
    type = parameters.getDataType(0);
    double proportion = parameters.getDoubleOrDefault(PROPORTION, 0.1);
    configurations
        .setAccessStrategy(new SlidingSizeWindowAccessStrategy(bucketSize(parameters, proportion)))
        .setOutputDataType(type);
  }
}
