package org.orrery.functions.transform;

import org.orrery.udf.api.UDFName;
import org.orrery.udf.api.UDTF;
import org.orrery.udf.api.collector.PointCollector;
import org.orrery.udf.api.customizer.parameter.UDFParameterValidator;
import org.orrery.udf.api.type.Type;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.ServiceScope;

/**
 * {@code time_difference(x)}: for every point after the first, its time minus the previous
 * point's time. Any of INT32, INT64, FLOAT, DOUBLE, BOOLEAN, TEXT (and STRING) in; INT64 out.
 */
@Component(scope = ServiceScope.PROTOTYPE, service = UDTF.class,
    property = UDFName.SERVICE_PROPERTY + "=time_difference")
public final class TimeDifference extends PreviousPointTransform {
  public TimeDifference() {
    super("time_difference");
  }

  @Override
  protected void check(UDFParameterValidator validator) {
    validator.validateInputSeriesNumber(1).validateInputSeriesDataType(0, Type.INT32, Type.INT64,
        Type.FLOAT, Type.DOUBLE, Type.BOOLEAN, Type.TEXT, Type.STRING);
  }

  @Override
  protected Type outputType(Type inputType) {
    return Type.INT64;
  }

  @Override
  protected void emit(PointCollector collector, Type inputType, long time, long whole,
      double floating, long previousTime, long previousWhole, double previousFloating) {
    collector.putLong(time, time - previousTime);
  }
}
