package org.orrery.functions.transform;

import java.util.Random;
import org.orrery.udf.api.UDFName;
import org.orrery.udf.api.UDTF;
import org.orrery.udf.api.access.Row;
import org.orrery.udf.api.access.RowWindow;
import org.orrery.udf.api.collector.PointCollector;
import org.orrery.udf.api.customizer.parameter.UDFParameters;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.ServiceScope;

/**
 * {@code equal_size_bucket_random_sample(x, 'proportion'='p')}: one uniformly chosen point of
 * every bucket of {@code (int) (1 / p)} points.
 */
@Component(scope = ServiceScope.PROTOTYPE, service = UDTF.class,
    property = UDFName.SERVICE_PROPERTY + "=equal_size_bucket_random_sample")
public final class EqualSizeBucketRandomSample extends EqualSizeBucketTransform {
  private final Random random = new Random();

  public EqualSizeBucketRandomSample() {
    super("equal_size_bucket_random_sample");
  }

  @Override
  protected int bucketSize(UDFParameters parameters, double proportion) {
    return (int) (1 / proportion);
  }

  @Override
  public void transform(RowWindow window, PointCollector collector) {
    if (window.windowSize() == 0) {
      return;
    }
    Row chosen = window.getRow(random.nextInt(window.windowSize()));
    InputValues.copy(collector, chosen.getTime(), chosen, 0);
  }
}
