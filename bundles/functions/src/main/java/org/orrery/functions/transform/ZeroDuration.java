package org.orrery.functions.transform;

import org.orrery.udf.api.UDFName;
import org.orrery.udf.api.UDTF;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.ServiceScope;

/**
 * {@code zero_duration(x[, 'min'='a', 'max'='b'])}: for every run of consecutive zero (or false)
 * values, its start time and duration in time units, when the duration is within [min, max]
 * (defaults 0 and Long.MAX_VALUE).
 */
@Component(scope = ServiceScope.PROTOTYPE, service = UDTF.class,
    property = UDFName.SERVICE_PROPERTY + "=zero_duration")
public final class ZeroDuration extends ZeroIntervalTransform {
  public ZeroDuration() {
    super("zero_duration", true, true);
  }
}
