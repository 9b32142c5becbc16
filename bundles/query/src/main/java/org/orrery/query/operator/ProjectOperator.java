package org.orrery.query.operator;

import java.util.ArrayList;
import java.util.List;
import org.orrery.common.block.Block;
import org.orrery.common.block.Column;
import org.orrery.common.type.DataType;
import org.orrery.query.expression.Expr;

/** Computes the output columns from the input rows; times pass through. */
public final class ProjectOperator implements Operator {
  private final Operator child;
  private final List<Expr> outputs;
  private final List<DataType> types = new ArrayList<>();

  public ProjectOperator(Operator child, List<Expr> outputs) {
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
    Block block = child.next();
    if (block == null) {
      return null;
    }
    List<Column> columns = new ArrayList<>();
    for (Expr output : outputs) {
      columns.add(output.evaluate(block));
    }
    return new Block(block.hasTimes() ? block.times() : null, columns, block.rowCount());
  }

  @Override
  public void close() {
    child.close();
  }
}
