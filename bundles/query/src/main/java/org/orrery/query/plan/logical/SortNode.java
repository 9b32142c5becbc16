package org.orrery.query.plan.logical;

import java.util.ArrayList;
import java.util.List;
import org.orrery.common.type.DataType;

/**
 * ORDER BY over expressions: sorts the input rows on keys (input columns or the time), stably,
 * then keeps only the first {@code visible} columns (the sort keys were computed as hidden
 * columns behind them).
 */
public record SortNode(PlanNode child, List<Key> keys, int visible) implements PlanNode {
  /** The {@link Key#column()} of the time. */
  public static final int TIME = -1;

  /** One sort key: an input column or {@link #TIME}. */
  public record Key(int column, boolean descending, boolean nullsFirst) {}

  public SortNode {
    keys = List.copyOf(keys);
  }

  @Override
  public List<PlanNode> children() {
    return List.of(child);
  }

  @Override
  public PlanNode withChildren(List<PlanNode> children) {
    PlanNode.expectChildren(this, children, 1);
    return new SortNode(children.get(0), keys, visible);
  }

  @Override
  public List<DataType> types() {
    return child.types().subList(0, visible);
  }

  @Override
  public String describe() {
    List<String> texts = new ArrayList<>();
    for (Key key : keys) {
      texts.add((key.column() == TIME ? "time" : "#" + key.column()) + (key.descending() ? " DESC" : " ASC")
          + (key.nullsFirst() ? " NULLS FIRST" : ""));
    }
    return "Sort " + texts;
  }
}
