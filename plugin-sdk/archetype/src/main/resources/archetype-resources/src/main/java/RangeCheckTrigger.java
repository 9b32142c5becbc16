package ${package};

import org.orrery.trigger.api.Trigger;
import org.orrery.trigger.api.TriggerAttributes;
import org.orrery.trigger.api.TriggerName;
import org.orrery.trigger.api.data.Tablet;
import org.orrery.trigger.api.enums.FailureStrategy;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.ServiceScope;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A trigger that rejects writes whose numeric values fall outside {@code [min, max]}. Created as
 * a BEFORE INSERT trigger, its pessimistic failure strategy stops such writes:
 *
 * <pre>
 * CREATE STATELESS TRIGGER temperature_range BEFORE INSERT ON root.sg.**
 * AS 'range_check' WITH ("min" = "-40", "max" = "125")
 * </pre>
 *
 * <p>Either bound may be left out, but not both. Null cells and non-numeric columns are ignored.
 * Prototype scope: every created trigger gets its own instance, with its own bounds.
 */
@Component(
    service = Trigger.class,
    scope = ServiceScope.PROTOTYPE,
    property = TriggerName.SERVICE_PROPERTY + "=range_check")
public class RangeCheckTrigger implements Trigger {
  private static final Logger LOG = LoggerFactory.getLogger(RangeCheckTrigger.class);

  // Written once in onCreate, read by concurrent fire calls.
  private volatile double min;
  private volatile double max;

  @Override
  public void validate(TriggerAttributes attributes) {
    if (!attributes.hasAttribute("min") && !attributes.hasAttribute("max")) {
      throw new IllegalArgumentException("range_check needs a 'min' or a 'max' attribute");
    }
    double low = attributes.getDoubleOrDefault("min", Double.NEGATIVE_INFINITY);
    double high = attributes.getDoubleOrDefault("max", Double.POSITIVE_INFINITY);
    if (!(low <= high)) {
      throw new IllegalArgumentException(
          "range_check: 'min' (" + low + ") must not exceed 'max' (" + high + ")");
    }
  }

  @Override
  public void onCreate(TriggerAttributes attributes) {
    min = attributes.getDoubleOrDefault("min", Double.NEGATIVE_INFINITY);
    max = attributes.getDoubleOrDefault("max", Double.POSITIVE_INFINITY);
  }

  @Override
  public FailureStrategy getFailureStrategy() {
    return FailureStrategy.PESSIMISTIC;
  }

  @Override
  public boolean fire(Tablet tablet) {
    for (int column = 0; column < tablet.getColumnCount(); column++) {
      if (!tablet.getType(column).isNumeric()) {
        continue;
      }
      for (int row = 0; row < tablet.getRowCount(); row++) {
        if (tablet.isNull(column, row)) {
          continue;
        }
        double value = tablet.getAsDouble(column, row);
        if (value < min || value > max) {
          LOG.warn("{} = {} at time {} is outside [{}, {}]",
              tablet.getPath(column), value, tablet.getTimestamp(row), min, max);
          return false;
        }
      }
    }
    return true;
  }
}
