package org.orrery.query.expression;

import java.util.List;
import org.orrery.common.block.Block;
import org.orrery.common.block.Column;
import org.orrery.common.type.DataType;
import org.orrery.engine.function.BoundScalar;

/** A call of a registered scalar function over whole columns. */
public record ScalarCall(BoundScalar function, List<Expr> arguments) implements Expr {
  public ScalarCall {
    arguments = List.copyOf(arguments);
  }

  @Override
  public DataType type() {
    return function.outputType();
  }

  @Override
  public Column evaluate(Block input) {
    Column[] columns = new Column[arguments.size()];
    for (int i = 0; i < columns.length; i++) {
      columns[i] = arguments.get(i).evaluate(input);
    }
    long[] times = input.hasTimes() ? input.times() : new long[input.rowCount()];
    return function.evaluate(times, columns, input.rowCount());
  }
}
