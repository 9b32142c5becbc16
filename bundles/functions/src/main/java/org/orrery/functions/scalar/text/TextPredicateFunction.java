package org.orrery.functions.scalar.text;

import java.util.function.Predicate;
import org.orrery.common.block.Column;
import org.orrery.common.type.DataType;
import org.orrery.engine.function.BoundScalar;
import org.orrery.engine.function.FunctionArguments;
import org.orrery.engine.function.ScalarFunction;
import org.orrery.functions.support.ArgumentChecks;
import org.orrery.functions.support.NullFlags;
import org.orrery.functions.support.Texts;

/** A BOOLEAN test of one TEXT or STRING argument; null in, null out. */
abstract class TextPredicateFunction implements ScalarFunction {

  /** Reads the call's attributes (failing on bad ones) and returns the test. */
  protected abstract Predicate<String> test(FunctionArguments call);

  @Override
  public BoundScalar bind(FunctionArguments call) {
    call.requireCount(1);
    ArgumentChecks.requireText(call, 0);
    Predicate<String> test = test(call);
    return new BoundScalar() {
      @Override
      public DataType outputType() {
        return DataType.BOOLEAN;
      }

      @Override
      public Column evaluate(long[] times, Column[] arguments, int rows) {
        boolean[] nulls = NullFlags.anyNull(arguments, rows);
        boolean[] out = new boolean[rows];
        for (int i = 0; i < rows; i++) {
          if (nulls == null || !nulls[i]) {
            out[i] = test.test(Texts.at(arguments[0], i));
          }
        }
        return new Column(DataType.BOOLEAN, out, nulls, rows);
      }
    };
  }
}
