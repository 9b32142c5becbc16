package org.orrery.functions.scalar.math;

import org.orrery.common.block.Column;
import org.orrery.common.type.DataType;
import org.orrery.engine.function.BoundScalar;
import org.orrery.engine.function.FunctionArguments;
import org.orrery.engine.function.ScalarFunction;
import org.orrery.functions.support.NullFlags;
import org.osgi.service.component.annotations.Component;

/**
 * {@code abs(x)}: the absolute value in the input's own type, as {@code Math.abs} of that type
 * gives it (so the most negative INT32/INT64 stays itself, as in Java).
 */
@Component(service = ScalarFunction.class, property = ScalarFunction.NAME_PROPERTY + "=abs")
public final class Abs implements ScalarFunction {

  @Override
  public BoundScalar bind(FunctionArguments call) {
    call.requireCount(1);
    call.requireNumeric(0);
    DataType type = call.type(0);
    return new BoundScalar() {
      @Override
      public DataType outputType() {
        return type;
      }

      @Override
      public Column evaluate(long[] times, Column[] arguments, int rows) {
        return new Column(
            type, absolute(arguments[0], rows), NullFlags.anyNull(arguments, rows), rows);
      }
    };
  }

  private static Object absolute(Column column, int rows) {
    switch (column.type()) {
      case INT32: {
        int[] in = column.ints();
        int[] out = new int[rows];
        for (int i = 0; i < rows; i++) {
          out[i] = Math.abs(in[i]);
        }
        return out;
      }
      case INT64: {
        long[] in = column.longs();
        long[] out = new long[rows];
        for (int i = 0; i < rows; i++) {
          out[i] = Math.abs(in[i]);
        }
        return out;
      }
      case FLOAT: {
        float[] in = column.floats();
        float[] out = new float[rows];
        for (int i = 0; i < rows; i++) {
          out[i] = Math.abs(in[i]);
        }
        return out;
      }
      default: {
        double[] in = column.doubles();
        double[] out = new double[rows];
        for (int i = 0; i < rows; i++) {
          out[i] = Math.abs(in[i]);
        }
        return out;
      }
    }
  }
}
