package org.orrery.functions.scalar.text;

import org.orrery.common.block.Column;
import org.orrery.common.type.DataType;
import org.orrery.engine.function.BoundScalar;
import org.orrery.engine.function.FunctionArguments;
import org.orrery.engine.function.ScalarFunction;
import org.orrery.functions.support.ArgumentChecks;
import org.orrery.functions.support.NullFlags;
import org.orrery.functions.support.Texts;
import org.osgi.service.component.annotations.Component;

/**
 * {@code strcmp(x, y)}: {@code String.compareTo} of the two texts (0 when equal, negative when x
 * sorts first); null when either is null. INT32.
 */
@Component(service = ScalarFunction.class, property = ScalarFunction.NAME_PROPERTY + "=strcmp")
public final class StrCmp implements ScalarFunction {

  @Override
  public BoundScalar bind(FunctionArguments call) {
    call.requireCount(2);
    ArgumentChecks.requireText(call, 0);
    ArgumentChecks.requireText(call, 1);
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
            out[i] = Texts.at(arguments[0], i).compareTo(Texts.at(arguments[1], i));
          }
        }
        return new Column(DataType.INT32, out, nulls, rows);
      }
    };
  }
}
