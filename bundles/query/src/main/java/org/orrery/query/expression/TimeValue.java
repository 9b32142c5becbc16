package org.orrery.query.expression;

import java.util.Arrays;
import org.orrery.common.block.Block;
import org.orrery.common.block.Column;
import org.orrery.common.type.DataType;

/** The row times as an INT64 column ({@code time} in expressions). */
public record TimeValue() implements Expr {
  @Override
  public DataType type() {
    return DataType.INT64;
  }

  @Override
  public Column evaluate(Block input) {
    return new Column(DataType.INT64, Arrays.copyOf(input.times(), input.rowCount()), null, input.rowCount());
  }
}
