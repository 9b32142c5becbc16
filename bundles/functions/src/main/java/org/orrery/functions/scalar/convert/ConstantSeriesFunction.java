package org.orrery.functions.scalar.convert;

import java.util.Arrays;
import org.orrery.common.block.Column;
import org.orrery.common.type.DataType;
import org.orrery.engine.function.BoundScalar;
import org.orrery.engine.function.FunctionArguments;
import org.orrery.engine.function.ScalarFunction;
import org.orrery.functions.support.ArgumentChecks;
import org.orrery.functions.support.NullFlags;

/**
 * A constant timeseries generator ({@code const}, {@code pi}, {@code e}): one or more series of
 * any type in, the same value out at every time where at least one of them has a value (IoTDB:
 * "the timestamp set of the output is the union of the inputs' timestamp sets"). As a row-mapping
 * function that means: null exactly where every argument is null.
 */
abstract class ConstantSeriesFunction implements ScalarFunction {

  /** The constant's type and value for this call, failing on bad attributes. */
  protected abstract Constant constant(FunctionArguments call);

  /** A constant: its type and its value boxed as {@link Column#get} boxes values. */
  protected record Constant(DataType type, Object value) {}

  @Override
  public BoundScalar bind(FunctionArguments call) {
    ArgumentChecks.requireAtLeast(call, 1);
    Constant constant = constant(call);
    return new BoundScalar() {
      @Override
      public DataType outputType() {
        return constant.type();
      }

      @Override
      public Column evaluate(long[] times, Column[] arguments, int rows) {
        return new Column(
            constant.type(), filled(constant, rows), NullFlags.allNull(arguments, rows), rows);
      }
    };
  }

  private static Object filled(Constant constant, int rows) {
    Object value = constant.value();
    switch (constant.type()) {
      case BOOLEAN: {
        boolean[] out = new boolean[rows];
        Arrays.fill(out, (Boolean) value);
        return out;
      }
      case INT32:
      case DATE: {
        int[] out = new int[rows];
        Arrays.fill(out, (Integer) value);
        return out;
      }
      case INT64:
      case TIMESTAMP: {
        long[] out = new long[rows];
        Arrays.fill(out, (Long) value);
        return out;
      }
      case FLOAT: {
        float[] out = new float[rows];
        Arrays.fill(out, (Float) value);
        return out;
      }
      case DOUBLE: {
        double[] out = new double[rows];
        Arrays.fill(out, (Double) value);
        return out;
      }
      default: {
        byte[][] out = new byte[rows][];
        Arrays.fill(out, (byte[]) value);
        return out;
      }
    }
  }
}
