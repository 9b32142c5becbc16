package org.orrery.functions.scalar.text;

import java.util.function.UnaryOperator;
import org.orrery.common.block.Column;
import org.orrery.common.type.DataType;
import org.orrery.engine.function.BoundScalar;
import org.orrery.engine.function.FunctionArguments;
import org.orrery.engine.function.ScalarFunction;
import org.orrery.functions.support.ArgumentChecks;
import org.orrery.functions.support.NullFlags;
import org.orrery.functions.support.Texts;

/**
 * A string function of one TEXT or STRING argument whose result is text of the argument's type;
 * null in, null out.
 */
abstract class TextToTextFunction implements ScalarFunction {

  /** Reads the call's attributes (failing on bad ones) and returns the per-value operation. */
  protected abstract UnaryOperator<String> operation(FunctionArguments call);

  @Override
  public BoundScalar bind(FunctionArguments call) {
    call.requireCount(1);
    ArgumentChecks.requireText(call, 0);
    DataType type = call.type(0);
    UnaryOperator<String> operation = operation(call);
    return new BoundScalar() {
      @Override
      public DataType outputType() {
        return type;
      }

      @Override
      public Column evaluate(long[] times, Column[] arguments, int rows) {
        boolean[] nulls = NullFlags.anyNull(arguments, rows);
        byte[][] out = new byte[rows][];
        for (int i = 0; i < rows; i++) {
          if (nulls == null || !nulls[i]) {
            out[i] = Texts.encode(operation.apply(Texts.at(arguments[0], i)));
          }
        }
        return new Column(type, out, nulls, rows);
      }
    };
  }
}
