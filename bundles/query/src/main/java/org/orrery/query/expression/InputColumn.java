package org.orrery.query.expression;

import org.orrery.common.block.Block;
import org.orrery.common.block.Column;
import org.orrery.common.type.DataType;

/** A column of the input block, by index. */
public record InputColumn(int index, DataType type) implements Expr {
  @Override
  public Column evaluate(Block input) {
    return input.column(index);
  }
}
