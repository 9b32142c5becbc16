package org.orrery.functions.scalar.math;

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
 * {@code round(x[, places])}: x rounded half-even to {@code places} decimal places (attribute
 * {@code places}, default 0; negative rounds to tens, hundreds...), computed as IoTDB documents
 * it: {@code Math.rint(x * 10^places) / 10^places}. The result is DOUBLE.
 */
@Component(service = ScalarFunction.class, property = ScalarFunction.NAME_PROPERTY + "=round")
public final class Round implements ScalarFunction {
  /** The attribute the analyzer puts round's second (literal) argument in. */
  public static final String PLACES = "places";

  @Override
  public BoundScalar bind(FunctionArguments call) {
    call.requireCount(1);
    call.requireNumeric(0);
    int places = Attributes.optionalInt(call, PLACES, 0);
    double scale = Math.pow(10, places);
    return new BoundScalar() {
      @Override
      public DataType outputType() {
        return DataType.DOUBLE;
      }

      @Override
      public Column evaluate(long[] times, Column[] arguments, int rows) {
        double[] values = NumericColumns.toDoubles(arguments[0], rows);
        for (int i = 0; i < rows; i++) {
          values[i] = Math.rint(values[i] * scale) / scale;
        }
        return new Column(DataType.DOUBLE, values, NullFlags.anyNull(arguments, rows), rows);
      }
    };
  }
}
