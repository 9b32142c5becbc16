package org.orrery.functions.transform;

import org.orrery.udf.api.UDFName;
import org.orrery.udf.api.UDTF;
import org.orrery.udf.api.collector.PointCollector;
import org.orrery.udf.api.type.Type;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.ServiceScope;

/**
 * {@code derivative(x)}: for every point after the first, (value - previous value) / (time -
 * previous time), as DOUBLE.
 */
@Component(scope = ServiceScope.PROTOTYPE, service = UDTF.class,
    property = UDFName.SERVICE_PROPERTY + "=derivative")
public class Derivative extends PreviousPointTransform {
  private final boolean absolute;

  public Derivative() {
    this("derivative", false);
  }

  Derivative(String name, boolean absolute) {
    super(name);
    this.absolute = absolute;
  }

  @Override
  protected Type outputType(Type inputType) {
    return Type.DOUBLE;
  }

  @Override
  protected void emit(PointCollector collector, Type inputType, long time, long whole,
      double floating, long previousTime, long previousWhole, double previousFloating) {
    double rate = change(inputType, whole, floating, previousWhole, previousFloating)
        / (time - previousTime);
    collector.putDouble(time, absolute ? Math.abs(rate) : rate);
  }
}
