package org.orrery.functions.transform;

import org.orrery.udf.api.UDFName;
import org.orrery.udf.api.UDTF;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.ServiceScope;

/**
 * {@code bottom_k(x, 'k'='n')}: the n points with the smallest values (0 &lt; n &lt;= 1000), in
 * time order, in the input's type; INT32, INT64, FLOAT, DOUBLE, TEXT or STRING input.
 */
@Component(scope = ServiceScope.PROTOTYPE, service = UDTF.class,
    property = UDFName.SERVICE_PROPERTY + "=bottom_k")
public final class BottomK extends SelectorTransform {
  public BottomK() {
    super("bottom_k", false);
  }
}
