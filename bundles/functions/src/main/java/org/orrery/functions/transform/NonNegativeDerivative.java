package org.orrery.functions.transform;

import org.orrery.udf.api.UDFName;
import org.orrery.udf.api.UDTF;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.ServiceScope;

/** {@code non_negative_derivative(x)}: the absolute value of {@code derivative(x)}, DOUBLE. */
@Component(scope = ServiceScope.PROTOTYPE, service = UDTF.class,
    property = UDFName.SERVICE_PROPERTY + "=non_negative_derivative")
public final class NonNegativeDerivative extends Derivative {
  public NonNegativeDerivative() {
    super("non_negative_derivative", true);
  }
}
