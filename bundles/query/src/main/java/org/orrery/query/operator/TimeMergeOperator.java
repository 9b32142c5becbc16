package org.orrery.query.operator;

import java.util.List;
import org.orrery.common.block.Block;
import org.orrery.common.type.DataType;
import org.orrery.query.block.Blocks;
import org.orrery.query.context.QueryContext;

/**
 * Interleaves inputs that each come in the same time order into one stream in that order; rows
 * of equal time come in input order. ALIGN BY DEVICE with ORDER BY TIME uses it over the devices'
 * rows (inputs in device order), so ties are broken by device. It hands out runs of consecutive
 * rows of one input as slices instead of copying row by row.
 */
public final class TimeMergeOperator implements Operator {
  private final List<Operator> inputs;
  private final List<DataType> types;
  private final boolean ascending;
  private final QueryContext context;
  private final Block[] current;
  private final int[] position;
  private final boolean[] finished;

  /** @param inputs operators with the same column types, each in the given time order */
  public TimeMergeOperator(List<Operator> inputs, List<DataType> types, boolean ascending, QueryContext context) {
    this.inputs = List.copyOf(inputs);
    this.types = List.copyOf(types);
    this.ascending = ascending;
    this.context = context;
    this.current = new Block[inputs.size()];
    this.position = new int[inputs.size()];
    this.finished = new boolean[inputs.size()];
  }

  @Override
  public List<DataType> types() {
    return types;
  }

  @Override
  public Block next() {
    context.checkAlive();
    int best = -1;
    for (int i = 0; i < inputs.size(); i++) {
      if (ready(i) && (best < 0 || before(head(i), head(best)))) {
        best = i;
      }
    }
    if (best < 0) {
      return null;
    }
    Block block = current[best];
    int from = position[best];
    int to = from + 1;
    while (to < block.rowCount() && mayComeNext(best, block.time(to))) {
      to++;
    }
    position[best] = to;
    return from == 0 && to == block.rowCount() ? block : Blocks.slice(block, from, to);
  }

  /**
   * Whether a row of input {@code i} at {@code time} precedes the current row of every other
   * input: strictly earlier in the order, or at the same time from an input listed before it.
   */
  private boolean mayComeNext(int i, long time) {
    for (int j = 0; j < inputs.size(); j++) {
      if (j == i || current[j] == null || finished[j]) {
        continue;
      }
      long other = head(j);
      if (!(before(time, other) || (time == other && i < j))) {
        return false;
      }
    }
    return true;
  }

  private boolean before(long a, long b) {
    return ascending ? a < b : a > b;
  }

  private long head(int i) {
    return current[i].time(position[i]);
  }

  /** Whether input {@code i} has a current row, pulling its next block when needed. */
  private boolean ready(int i) {
    while (!finished[i] && (current[i] == null || position[i] >= current[i].rowCount())) {
      Block block = inputs.get(i).next();
      if (block == null) {
        finished[i] = true;
        current[i] = null;
      } else {
        current[i] = block;
        position[i] = 0;
      }
    }
    return !finished[i];
  }

  @Override
  public void close() {
    for (Operator input : inputs) {
      input.close();
    }
  }
}
