package org.orrery.functions.aggregate;

import org.orrery.common.type.DataType;
import org.orrery.engine.function.AggregateFunction;
import org.orrery.engine.function.BoundAggregate;
import org.orrery.engine.function.FunctionArguments;
import org.orrery.engine.function.ScalarFunction;
import org.osgi.service.component.annotations.Component;

/**
 * {@code count(x)}: the number of non-null values of any type; INT64, 0 when there are none. It
 * reads only null flags, never values, so storage may hand it times-only blocks.
 */
@Component(service = AggregateFunction.class, property = ScalarFunction.NAME_PROPERTY + "=count")
public final class Count implements AggregateFunction {
  @Override
  public BoundAggregate bind(FunctionArguments call) {
    call.requireCount(1);
    return new TimesOnly(new SimpleBoundAggregate(DataType.INT64, true, false, CountAccumulator::new));
  }

  /** A bound aggregate whose accumulators never read argument values. */
  private record TimesOnly(BoundAggregate bound) implements BoundAggregate {
    @Override
    public DataType outputType() {
      return bound.outputType();
    }

    @Override
    public boolean usesStatistics() {
      return bound.usesStatistics();
    }

    @Override
    public boolean needsAscendingTime() {
      return bound.needsAscendingTime();
    }

    @Override
    public boolean readsValues() {
      return false;
    }

    @Override
    public org.orrery.engine.function.Accumulator newAccumulator() {
      return bound.newAccumulator();
    }
  }
}
