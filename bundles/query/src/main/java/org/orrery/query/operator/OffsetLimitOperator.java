package org.orrery.query.operator;

import java.util.List;
import org.orrery.common.block.Block;
import org.orrery.common.type.DataType;
import org.orrery.query.block.Blocks;

/** Skips the first {@code offset} rows and stops after {@code limit} rows (negative: no limit). */
public final class OffsetLimitOperator implements Operator {
  private final Operator child;
  private long toSkip;
  private long remaining;

  public OffsetLimitOperator(Operator child, long offset, long limit) {
    this.child = child;
    this.toSkip = offset;
    this.remaining = limit < 0 ? Long.MAX_VALUE : limit;
  }

  @Override
  public List<DataType> types() {
    return child.types();
  }

  @Override
  public Block next() {
    while (remaining > 0) {
      Block block = child.next();
      if (block == null) {
        return null;
      }
      int from = 0;
      if (toSkip > 0) {
        int skipped = (int) Math.min(toSkip, block.rowCount());
        toSkip -= skipped;
        from = skipped;
      }
      int to = (int) Math.min(block.rowCount(), from + remaining);
      if (to > from) {
        remaining -= to - from;
        if (remaining == 0) {
          child.close();
        }
        return Blocks.slice(block, from, to);
      }
    }
    return null;
  }

  @Override
  public void close() {
    child.close();
  }
}
