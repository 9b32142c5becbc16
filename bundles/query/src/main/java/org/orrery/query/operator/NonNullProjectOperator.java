package org.orrery.query.operator;

import java.util.ArrayList;
import java.util.List;
import org.orrery.common.block.Block;
import org.orrery.common.block.Column;
import org.orrery.common.type.DataType;
import org.orrery.query.block.Blocks;
import org.orrery.query.expression.Expr;

/**
 * Computes columns from the input rows and keeps only the rows where at least one of them has a
 * value: the points of a transform query's column, or the rows a transform function is given.
 */
public final class NonNullProjectOperator implements Operator {
  private final Operator child;
  private final List<Expr> outputs;
  private final List<DataType> types = new ArrayList<>();

  public NonNullProjectOperator(Operator child, List<Expr> outputs) {
    this.child = child;
    this.outputs = List.copyOf(outputs);
    for (Expr output : outputs) {
      types.add(output.type());
    }
  }

  @Override
  public List<DataType> types() {
    return types;
  }

  @Override
  public Block next() {
    Block block;
    while ((block = child.next()) != null) {
      List<Column> columns = new ArrayList<>();
      for (Expr output : outputs) {
        columns.add(output.evaluate(block));
      }
      int[] keep = new int[block.rowCount()];
      int count = 0;
      for (int i = 0; i < block.rowCount(); i++) {
        for (Column column : columns) {
          if (!column.isNull(i)) {
            keep[count++] = i;
            break;
          }
        }
      }
      if (count > 0) {
        return Blocks.select(new Block(block.times(), columns, block.rowCount()), keep, count);
      }
    }
    return null;
  }

  @Override
  public void close() {
    child.close();
  }
}
