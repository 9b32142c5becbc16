package org.orrery.functions.scalar.trend;

import org.orrery.common.block.Column;
import org.orrery.common.type.DataType;
import org.orrery.engine.function.BoundScalar;
import org.orrery.engine.function.FunctionArguments;
import org.orrery.engine.function.ScalarFunction;
import org.orrery.functions.support.Attributes;
import org.orrery.functions.support.NumericColumns;
import org.osgi.service.component.annotations.Component;

/**
 * {@code diff(x[, 'ignoreNull'='false'])}: x minus x of the previous row, as DOUBLE; null on the
 * first row and where x is null.
 *
 * <p>Unlike the other variation functions (which are UDTFs over their input's own points), IoTDB
 * evaluates diff over the rows of the query result, so a row where x is null but another selected
 * series has a value matters: with {@code ignoreNull} true (the default) the previous non-null x
 * is used; with false, a null row breaks the chain and the next row's diff is null too. That is
 * why diff is a row-mapping function that {@linkplain BoundScalar#carriesState() carries state}
 * from row to row, and not a UDTF, which never sees rows where its input is null.
 */
@Component(service = ScalarFunction.class, property = ScalarFunction.NAME_PROPERTY + "=diff")
public final class Diff implements ScalarFunction {

  @Override
  public BoundScalar bind(FunctionArguments call) {
    call.requireCount(1);
    call.requireNumeric(0);
    boolean ignoreNull = Attributes.optionalBoolean(call, "ignoreNull", true);
    return new Bound(ignoreNull);
  }

  /** One evaluation of diff; holds the previous row's value between blocks. */
  private static final class Bound implements BoundScalar {
    private final boolean ignoreNull;
    private boolean hasPrevious;
    private double previous;

    Bound(boolean ignoreNull) {
      this.ignoreNull = ignoreNull;
    }

    @Override
    public DataType outputType() {
      return DataType.DOUBLE;
    }

    @Override
    public boolean carriesState() {
      return true;
    }

    @Override
    public Column evaluate(long[] times, Column[] arguments, int rows) {
      Column input = arguments[0];
      double[] values = NumericColumns.toDoubles(input, rows);
      double[] out = new double[rows];
      boolean[] nulls = new boolean[rows];
      for (int i = 0; i < rows; i++) {
        if (input.isNull(i)) {
          nulls[i] = true;
          if (!ignoreNull) {
            hasPrevious = false;
          }
          continue;
        }
        if (hasPrevious) {
          out[i] = values[i] - previous;
        } else {
          nulls[i] = true;
        }
        previous = values[i];
        hasPrevious = true;
      }
      return new Column(DataType.DOUBLE, out, nulls, rows);
    }
  }
}
