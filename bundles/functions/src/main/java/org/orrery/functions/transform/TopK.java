package org.orrery.functions.transform;

import org.orrery.udf.api.UDFName;
import org.orrery.udf.api.UDTF;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.ServiceScope;

/**
 * {@code top_k(x, 'k'='n')}: the n points with the largest values (0 &lt; n &lt;= 1000), in time
 * order, in the input's type; INT32, INT64, FLOAT, DOUBLE, TEXT or STRING input.
 */
@Component(scope = ServiceScope.PROTOTYPE, service = UDTF.class,
    property = UDFName.SERVICE_PROPERTY + "=top_k")
public final class TopK extends SelectorTransform {
  public TopK() {
    super("top_k", true);
  }
}
