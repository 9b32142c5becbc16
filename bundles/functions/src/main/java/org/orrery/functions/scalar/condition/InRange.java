package org.orrery.functions.scalar.condition;

import org.orrery.common.block.Column;
import org.orrery.common.type.DataType;
import org.orrery.engine.function.BoundScalar;
import org.orrery.engine.function.FunctionArguments;
import org.orrery.engine.function.ScalarFunction;
import org.orrery.functions.support.Attributes;
import org.orrery.functions.support.NullFlags;
import org.orrery.functions.support.NumericColumns;
import org.osgi.service.component.annotations.Component;

/**
 * {@code in_range(x, 'lower'='l', 'upper'='u')}: {@code l <= x <= u} (compared as DOUBLE).
 * BOOLEAN. {@code upper} below {@code lower} is rejected.
 */
@Component(service = ScalarFunction.class, property = ScalarFunction.NAME_PROPERTY + "=in_range")
public final class InRange implements ScalarFunction {

  @Override
  public BoundScalar bind(FunctionArguments call) {
    call.requireCount(1);
    call.requireNumeric(0);
    double lower = Attributes.requiredDouble(call, "lower");
    double upper = Attributes.requiredDouble(call, "upper");
    if (upper < lower) {
      throw call.invalid("attribute 'upper' = " + upper + " is below 'lower' = " + lower);
    }
    return new BoundScalar() {
      @Override
      public DataType outputType() {
        return DataType.BOOLEAN;
      }

      @Override
      public Column evaluate(long[] times, Column[] arguments, int rows) {
        double[] values = NumericColumns.toDoubles(arguments[0], rows);
        boolean[] out = new boolean[rows];
        for (int i = 0; i < rows; i++) {
          out[i] = values[i] >= lower && values[i] <= upper;
        }
        return new Column(DataType.BOOLEAN, out, NullFlags.anyNull(arguments, rows), rows);
      }
    };
  }
}
