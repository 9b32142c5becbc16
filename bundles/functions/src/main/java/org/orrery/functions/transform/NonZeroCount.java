package org.orrery.functions.transform;

import org.orrery.udf.api.UDFName;
import org.orrery.udf.api.UDTF;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.ServiceScope;

/**
 * {@code non_zero_count(x[, 'min'='a', 'max'='b'])}: for every run of consecutive non-zero (or
 * true) values, its start time and number of points, when that number is within [min, max]
 * (defaults 1 and Long.MAX_VALUE).
 */
@Component(scope = ServiceScope.PROTOTYPE, service = UDTF.class,
    property = UDFName.SERVICE_PROPERTY + "=non_zero_count")
public final class NonZeroCount extends ZeroIntervalTransform {
  public NonZeroCount() {
    super("non_zero_count", false, false);
  }
}
