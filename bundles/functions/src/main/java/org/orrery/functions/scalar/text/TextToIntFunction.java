package org.orrery.functions.scalar.text;

import java.util.function.ToIntFunction;
import org.orrery.common.block.Column;
import org.orrery.common.type.DataType;
import org.orrery.engine.function.BoundScalar;
import org.orrery.engine.function.FunctionArguments;
import org.orrery.engine.function.ScalarFunction;
import org.orrery.functions.support.ArgumentChecks;
import org.orrery.functions.support.NullFlags;
import org.orrery.functions.support.Texts;

/** An INT32 measure of one TEXT or STRING argument; null in, null out. */
abstract class TextToIntFunction implements ScalarFunction {

  /** Reads the call's attributes (failing on bad ones) and returns the measure. */
  protected abstract ToIntFunction<String> measure(FunctionArguments call);

  @Override
  public BoundScalar bind(FunctionArguments call) {
    call.requireCount(1);
    ArgumentChecks.requireText(call, 0);
    ToIntFunction<String> measure = measure(call);
    return new BoundScalar() {
      @Override
      public DataType outputType() {
        return DataType.INT32;
      }

      @Override
      public Column evaluate(long[] times, Column[] arguments, int rows) {
        boolean[] nulls = NullFlags.anyNull(arguments, rows);
        int[] out = new int[rows];
        for (int i = 0; i < rows; i++) {
          if (nulls == null || !nulls[i]) {
            out[i] = measure.applyAsInt(Texts.at(arguments[0], i));
          }
        }
        return new Column(DataType.INT32, out, nulls, rows);
      }
    };
  }
}
