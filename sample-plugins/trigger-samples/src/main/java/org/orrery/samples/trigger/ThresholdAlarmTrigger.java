package org.orrery.samples.trigger;

import org.orrery.trigger.api.Trigger;
import org.orrery.trigger.api.TriggerAttributes;
import org.orrery.trigger.api.TriggerName;
import org.orrery.trigger.api.data.Tablet;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.ServiceScope;

/**
 * A stateless trigger that raises an alarm (a WARN line in the server log) for every written
 * numeric value above {@code threshold}:
 *
 * <pre>
 * CREATE STATELESS TRIGGER overheat AFTER INSERT ON root.sg.**
 * AS 'threshold_alarm' WITH ("threshold" = "100", "measurement" = "temperature")
 * </pre>
 *
 * <p>{@code threshold} is required; {@code measurement}, if given, limits the alarm to columns of
 * that measurement name. Null cells and non-numeric columns are ignored. The trigger never fails
 * a write: alarms are reports, so it keeps the optimistic failure strategy and always returns
 * {@code true}. Log lines look like
 * {@code ALARM root.sg.d1.temperature = 120.5 at time 1000 exceeds 100.0}.
 */
@Component(
    service = Trigger.class,
    scope = ServiceScope.PROTOTYPE,
    property = TriggerName.SERVICE_PROPERTY + "=threshold_alarm")
public class ThresholdAlarmTrigger implements Trigger {
  private final AlarmSink sink;

  // Written once in onCreate, read by concurrent fire calls.
  private volatile double threshold;
  private volatile String measurement;

  /** The trigger as the server creates it: alarms go to the log. */
  public ThresholdAlarmTrigger() {
    this(new LoggingAlarmSink());
  }

  ThresholdAlarmTrigger(AlarmSink sink) {
    this.sink = sink;
  }

  @Override
  public void validate(TriggerAttributes attributes) {
    double value = attributes.getRequiredDouble("threshold");
    if (!Double.isFinite(value)) {
      throw new IllegalArgumentException(
          "threshold_alarm: 'threshold' must be a finite number, got " + value);
    }
  }

  @Override
  public void onCreate(TriggerAttributes attributes) {
    threshold = attributes.getRequiredDouble("threshold");
    measurement = attributes.getString("measurement");
  }

  @Override
  public boolean fire(Tablet tablet) {
    for (int column = 0; column < tablet.getColumnCount(); column++) {
      if (!tablet.getType(column).isNumeric()
          || (measurement != null && !measurement.equals(tablet.getMeasurement(column)))) {
        continue;
      }
      for (int row = 0; row < tablet.getRowCount(); row++) {
        if (tablet.isNull(column, row)) {
          continue;
        }
        double value = tablet.getAsDouble(column, row);
        if (value > threshold) {
          sink.raise(new Alarm(tablet.getPath(column), tablet.getTimestamp(row), value, threshold));
        }
      }
    }
    return true;
  }
}
