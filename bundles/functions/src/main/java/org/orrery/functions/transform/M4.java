package org.orrery.functions.transform;

import org.orrery.udf.api.UDFName;
import org.orrery.udf.api.UDTF;
import org.orrery.udf.api.access.RowWindow;
import org.orrery.udf.api.collector.PointCollector;
import org.orrery.udf.api.customizer.config.UDTFConfigurations;
import org.orrery.udf.api.customizer.parameter.UDFParameterValidator;
import org.orrery.udf.api.customizer.parameter.UDFParameters;
import org.orrery.udf.api.customizer.strategy.SlidingSizeWindowAccessStrategy;
import org.orrery.udf.api.customizer.strategy.SlidingTimeWindowAccessStrategy;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.ServiceScope;

/**
 * {@code M4(x, ...)}: for every window, the first, last, bottom and top points (bottom and top
 * chosen among all the window's points), sorted by time without duplicates, in the input's type.
 *
 * <p>Size windows: {@code windowSize} (required) and {@code slidingStep} (default the size).
 * Time windows: {@code timeInterval} (required), {@code slidingStep} (default the interval),
 * {@code displayWindowBegin} (default: the first point's time) and {@code displayWindowEnd}
 * (exclusive; default: no limit but the data). Giving both forms, or neither, is an error.
 *
 * <p>When windows overlap (a sliding step below the window's extent), a point already output by
 * an earlier window is not output again, since output times must strictly increase.
 */
@Component(scope = ServiceScope.PROTOTYPE, service = UDTF.class,
    property = UDFName.SERVICE_PROPERTY + "=m4")
public final class M4 extends BuiltinTransform {
  private static final String WINDOW_SIZE = "windowSize";
  private static final String TIME_INTERVAL = "timeInterval";
  private static final String SLIDING_STEP = "slidingStep";
  private static final String DISPLAY_BEGIN = "displayWindowBegin";
  private static final String DISPLAY_END = "displayWindowEnd";

  /** Points at or after this time are ignored (only set when the end alone is given). */
  private long ignoreFrom = Long.MAX_VALUE;
  /** The time of the last point output: overlapping windows must not repeat it. */
  private long lastOutput = Long.MIN_VALUE;

  public M4() {
    super("m4");
  }

  @Override
  protected void check(UDFParameterValidator validator) {
    InputValues.requireOneNumericInput(validator);
    UDFParameters parameters = validator.getParameters();
    boolean bySize = parameters.hasAttribute(WINDOW_SIZE);
    boolean byTime = parameters.hasAttribute(TIME_INTERVAL);
    if (bySize == byTime) {
      throw invalid("give either attribute '" + WINDOW_SIZE + "' (size windows) or '"
          + TIME_INTERVAL + "' (time windows), not " + (bySize ? "both" : "neither"));
    }
    boolean displayWindow =
        parameters.hasAttribute(DISPLAY_BEGIN) || parameters.hasAttribute(DISPLAY_END);
    if (bySize && displayWindow) {
      throw invalid("attributes '" + DISPLAY_BEGIN + "' and '" + DISPLAY_END
          + "' apply to time windows only");
    }
  }

  @Override
  protected void configure(UDFParameters parameters, UDTFConfigurations configurations) {
    configurations.setOutputDataType(parameters.getDataType(0));
    if (parameters.hasAttribute(WINDOW_SIZE)) {
      int size = parameters.getInt(WINDOW_SIZE);
      int step = parameters.getIntOrDefault(SLIDING_STEP, size);
      configurations.setAccessStrategy(new SlidingSizeWindowAccessStrategy(size, step));
      return;
    }
    long interval = parameters.getLong(TIME_INTERVAL);
    long step = parameters.getLongOrDefault(SLIDING_STEP, interval);
    Long begin = parameters.getLong(DISPLAY_BEGIN);
    Long end = parameters.getLong(DISPLAY_END);
    if (begin != null) {
      configurations.setAccessStrategy(new SlidingTimeWindowAccessStrategy(
          interval, step, begin, end != null ? end : Long.MAX_VALUE));
    } else {
      // Windows start at the first point; an end alone acts as "WHERE time < end".
      configurations.setAccessStrategy(new SlidingTimeWindowAccessStrategy(interval, step));
      if (end != null) {
        ignoreFrom = end;
      }
    }
  }

  @Override
  public void transform(RowWindow window, PointCollector collector) {
    int to = window.windowSize();
    while (to > 0 && window.getRow(to - 1).getTime() >= ignoreFrom) {
      to--;
    }
    lastOutput = WindowExtremes.output(window, 0, to, 0, to, lastOutput, collector);
  }
}
