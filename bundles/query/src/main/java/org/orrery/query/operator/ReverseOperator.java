package org.orrery.query.operator;

import java.util.List;
import org.orrery.common.block.Block;
import org.orrery.common.type.DataType;
import org.orrery.query.block.Blocks;
import org.orrery.query.context.QueryContext;

/** Returns all rows of its input in reverse order (ORDER BY TIME DESC where scans cannot). */
public final class ReverseOperator implements Operator {
  private final Operator child;
  private final QueryContext context;
  private boolean done;

  public ReverseOperator(Operator child, QueryContext context) {
    this.child = child;
    this.context = context;
  }

  @Override
  public List<DataType> types() {
    return child.types();
  }

  @Override
  public Block next() {
    if (done) {
      return null;
    }
    done = true;
    Block all = Materializer.drain(child, true, context, "ORDER BY TIME DESC");
    return all.isEmpty() ? null : Blocks.reverse(all);
  }

  @Override
  public void close() {
    child.close();
  }
}
