package org.orrery.query.operator;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import org.orrery.common.block.Block;
import org.orrery.common.type.DataType;
import org.orrery.query.block.Blocks;
import org.orrery.query.context.QueryContext;

/** Hands out blocks computed beforehand, declaring their memory until they are taken. */
public final class BlockListOperator implements Operator {
  private final List<DataType> types;
  private final Deque<Block> blocks = new ArrayDeque<>();
  private final QueryContext context;
  private long held;

  public BlockListOperator(List<DataType> types, List<Block> blocks, QueryContext context) {
    this.types = List.copyOf(types);
    this.context = context;
    for (Block block : blocks) {
      if (!block.isEmpty()) {
        this.blocks.add(block);
        long bytes = Blocks.estimateBytes(block);
        context.reserve(bytes, "materialized result");
        held += bytes;
      }
    }
  }

  @Override
  public List<DataType> types() {
    return types;
  }

  @Override
  public Block next() {
    Block block = blocks.poll();
    if (block != null) {
      long bytes = Blocks.estimateBytes(block);
      context.release(bytes);
      held -= bytes;
    }
    return block;
  }

  @Override
  public void close() {
    blocks.clear();
    context.release(held);
    held = 0;
  }
}
