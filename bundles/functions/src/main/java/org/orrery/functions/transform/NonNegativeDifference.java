package org.orrery.functions.transform;

import org.orrery.udf.api.UDFName;
import org.orrery.udf.api.UDTF;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.ServiceScope;

/**
 * {@code non_negative_difference(x)}: the absolute value of {@code difference(x)}, in the input's
 * type.
 */
@Component(scope = ServiceScope.PROTOTYPE, service = UDTF.class,
    property = UDFName.SERVICE_PROPERTY + "=non_negative_difference")
public final class NonNegativeDifference extends Difference {
  public NonNegativeDifference() {
    super("non_negative_difference", true);
  }
}
