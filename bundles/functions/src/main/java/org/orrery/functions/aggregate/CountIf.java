package org.orrery.functions.aggregate;

import java.util.function.LongPredicate;
import org.orrery.common.type.DataType;
import org.orrery.engine.function.AggregateFunction;
import org.orrery.engine.function.BoundAggregate;
import org.orrery.engine.function.FunctionArguments;
import org.orrery.engine.function.ScalarFunction;
import org.orrery.functions.support.ArgumentChecks;
import org.orrery.functions.support.Attributes;
import org.osgi.service.component.annotations.Component;

/**
 * {@code count_if(predicate, [keep op] threshold[, 'ignoreNull'='false'])}: the number of runs of
 * consecutive rows where the BOOLEAN predicate holds whose length satisfies the keep condition.
 * The analyzer passes the literal keep condition as the attribute {@code keep} (see
 * {@link KeepCondition}). INT64.
 */
@Component(service = AggregateFunction.class, property = ScalarFunction.NAME_PROPERTY + "=count_if")
public final class CountIf implements AggregateFunction {
  /** The attribute holding the keep condition. */
  public static final String KEEP = "keep";

  @Override
  public BoundAggregate bind(FunctionArguments call) {
    call.requireCount(1);
    ArgumentChecks.requireOneOf(call, 0, DataType.BOOLEAN);
    LongPredicate keep = KeepCondition.parse(call, Attributes.required(call, KEEP));
    boolean ignoreNull = Attributes.optionalBoolean(call, "ignoreNull", true);
    for (String key : call.attributes().keySet()) {
      if (!key.equals(KEEP) && !key.equals("ignoreNull")) {
        throw call.invalid("attribute '" + key + "' is unknown: count_if takes 'ignoreNull'");
      }
    }
    return new SimpleBoundAggregate(
        DataType.INT64, false, true, () -> new CountIfAccumulator(keep, ignoreNull));
  }
}
