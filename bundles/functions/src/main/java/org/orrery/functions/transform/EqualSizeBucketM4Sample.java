package org.orrery.functions.transform;

import org.orrery.udf.api.UDFName;
import org.orrery.udf.api.UDTF;
import org.orrery.udf.api.access.RowWindow;
import org.orrery.udf.api.collector.PointCollector;
import org.orrery.udf.api.customizer.parameter.UDFParameters;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.ServiceScope;

/**
 * {@code equal_size_bucket_m4_sample(x, 'proportion'='p')}: for every bucket of
 * {@code 4 * (int) (1 / p)} points, its first and last points and the bottom and top points
 * among the others (unlike {@code M4}, which considers all points), sorted by time without
 * duplicates.
 */
@Component(scope = ServiceScope.PROTOTYPE, service = UDTF.class,
    property = UDFName.SERVICE_PROPERTY + "=equal_size_bucket_m4_sample")
public final class EqualSizeBucketM4Sample extends EqualSizeBucketTransform {
  public EqualSizeBucketM4Sample() {
    super("equal_size_bucket_m4_sample");
  }

  @Override
  protected int bucketSize(UDFParameters parameters, double proportion) {
    return 4 * (int) (1 / proportion);
  }

  @Override
  public void transform(RowWindow window, PointCollector collector) {
    int size = window.windowSize();
    WindowExtremes.output(window, 0, size, 1, size - 1, Long.MIN_VALUE, collector);
  }
}
