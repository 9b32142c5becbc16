package org.orrery.query.operator;

import java.util.List;
import org.orrery.common.block.Block;
import org.orrery.common.block.Column;
import org.orrery.common.type.DataType;
import org.orrery.query.block.Blocks;
import org.orrery.query.expression.Expr;

/** Keeps the rows where a BOOLEAN predicate is true (null counts as false). */
public final class FilterOperator implements Operator {
  private final Operator child;
  private final Expr predicate;

  public FilterOperator(Operator child, Expr predicate) {
    this.child = child;
    this.predicate = predicate;
  }

  @Override
  public List<DataType> types() {
    return child.types();
  }

  @Override
  public Block next() {
    Block block;
    while ((block = child.next()) != null) {
      Column keep = predicate.evaluate(block);
      int[] positions = new int[block.rowCount()];
      int count = 0;
      for (int i = 0; i < block.rowCount(); i++) {
        if (!keep.isNull(i) && keep.booleans()[i]) {
          positions[count++] = i;
        }
      }
      if (count == block.rowCount()) {
        return block;
      }
      if (count > 0) {
        return Blocks.select(block, positions, count);
      }
    }
    return null;
  }

  @Override
  public void close() {
    child.close();
  }
}
