package org.orrery.query.operator;

import java.util.Iterator;
import java.util.List;
import java.util.function.Supplier;
import org.orrery.common.block.Block;
import org.orrery.common.type.DataType;

/** The rows of several operators one after another; each is created only when its turn comes. */
public final class ConcatOperator implements Operator {
  private final List<DataType> types;
  private final Iterator<Supplier<Operator>> pending;
  private Operator current;

  public ConcatOperator(List<DataType> types, List<Supplier<Operator>> parts) {
    this.types = List.copyOf(types);
    this.pending = List.copyOf(parts).iterator();
  }

  @Override
  public List<DataType> types() {
    return types;
  }

  @Override
  public Block next() {
    while (true) {
      if (current == null) {
        if (!pending.hasNext()) {
          return null;
        }
        current = pending.next().get();
      }
      Block block = current.next();
      if (block != null) {
        return block;
      }
      current.close();
      current = null;
    }
  }

  @Override
  public void close() {
    if (current != null) {
      current.close();
      current = null;
    }
  }
}
