package org.orrery.functions.scalar.math;

import org.orrery.common.block.Column;
import org.orrery.common.type.DataType;
import org.orrery.engine.function.BoundScalar;
import org.orrery.engine.function.FunctionArguments;
import org.orrery.engine.function.ScalarFunction;
import org.orrery.functions.support.NullFlags;
import org.orrery.functions.support.NumericColumns;

/**
 * A math function of one numeric argument with a DOUBLE result, computed as Java's {@link Math}
 * computes it (IoTDB documents its math functions as exactly those of {@code java.lang.Math}).
 */
abstract class DoubleMathFunction implements ScalarFunction {

  /** The function of one value. */
  protected abstract double apply(double value);

  @Override
  public BoundScalar bind(FunctionArguments call) {
    call.requireCount(1);
    call.requireNumeric(0);
    return new BoundScalar() {
      @Override
      public DataType outputType() {
        return DataType.DOUBLE;
      }

      @Override
      public Column evaluate(long[] times, Column[] arguments, int rows) {
        double[] values = NumericColumns.toDoubles(arguments[0], rows);
        for (int i = 0; i < rows; i++) {
          values[i] = apply(values[i]);
        }
        return new Column(DataType.DOUBLE, values, NullFlags.anyNull(arguments, rows), rows);
      }
    };
  }
}
