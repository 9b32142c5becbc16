package org.orrery.query.expression;

import org.orrery.common.block.Block;
import org.orrery.common.block.Column;
import org.orrery.common.type.DataType;

/**
 * A bound expression: typed, with its inputs resolved to columns of the blocks it evaluates.
 * Evaluation is column at a time: one output position per input row, null where SQL says so.
 */
public interface Expr {
  DataType type();

  /** Evaluates every row of {@code input}. */
  Column evaluate(Block input);
}
