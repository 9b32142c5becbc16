package org.orrery.query.operator;

import java.util.ArrayList;
import java.util.List;
import org.orrery.common.block.Block;
import org.orrery.query.block.Blocks;
import org.orrery.query.context.QueryContext;

/** Drains an operator into one block, declaring the memory it takes. */
public final class Materializer {
  private Materializer() {}

  /** All rows of {@code operator} (closed afterwards) in one block; its memory stays declared. */
  public static Block drain(Operator operator, boolean withTimes, QueryContext context, String holder) {
    List<Block> blocks = new ArrayList<>();
    try (operator) {
      Block block;
      while ((block = operator.next()) != null) {
        context.reserve(Blocks.estimateBytes(block), holder);
        blocks.add(block);
      }
    }
    Block all = Blocks.concat(blocks, operator.types(), withTimes);
    for (Block block : blocks) {
      context.release(Blocks.estimateBytes(block));
    }
    return all;
  }
}
