package org.orrery.query.expression;

import org.orrery.common.block.Block;
import org.orrery.common.block.Column;
import org.orrery.common.type.DataType;
import org.orrery.query.block.Values;

/** A literal, boxed as its type's values ({@code byte[]} for text); null for NULL. */
public record Constant(DataType type, Object value) implements Expr {
  @Override
  public Column evaluate(Block input) {
    return Values.constant(type, value, input.rowCount());
  }
}
