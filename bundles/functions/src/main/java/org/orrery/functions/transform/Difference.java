package org.orrery.functions.transform;

import org.orrery.udf.api.UDFName;
import org.orrery.udf.api.UDTF;
import org.orrery.udf.api.collector.PointCollector;
import org.orrery.udf.api.type.Type;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.ServiceScope;

/**
 * {@code difference(x)}: for every point after the first, its value minus the previous value, in
 * the input's type (whole types wrap around on overflow, as Java arithmetic does).
 */
@Component(scope = ServiceScope.PROTOTYPE, service = UDTF.class,
    property = UDFName.SERVICE_PROPERTY + "=difference")
public class Difference extends PreviousPointTransform {
  private final boolean absolute;

  public Difference() {
    this("difference", false);
  }

  Difference(String name, boolean absolute) {
    super(name);
    this.absolute = absolute;
  }

  @Override
  protected Type outputType(Type inputType) {
    return inputType;
  }

  @Override
  protected void emit(PointCollector collector, Type inputType, long time, long whole,
      double floating, long previousTime, long previousWhole, double previousFloating) {
    switch (inputType) {
      case INT32: {
        int delta = (int) whole - (int) previousWhole;
        collector.putInt(time, absolute ? Math.abs(delta) : delta);
        break;
      }
      case INT64: {
        long delta = whole - previousWhole;
        collector.putLong(time, absolute ? Math.abs(delta) : delta);
        break;
      }
      case FLOAT: {
        float delta = (float) floating - (float) previousFloating;
        collector.putFloat(time, absolute ? Math.abs(delta) : delta);
        break;
      }
      default: {
        double delta = floating - previousFloating;
        collector.putDouble(time, absolute ? Math.abs(delta) : delta);
        break;
      }
    }
  }
}
