package org.orrery.query.plan;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import org.orrery.common.block.Block;
import org.orrery.common.block.Column;
import org.orrery.engine.query.ResultColumn;
import org.orrery.query.aggregate.AccumulatorGrid;
import org.orrery.query.block.ColumnBuilder;
import org.orrery.query.expression.Expr;

/** The rows of GROUP BY TAGS: per window, one row per tag-value combination (nulls last). */
final class TagGroups implements AggregateGrouping {
  /** Orders tag-value combinations value by value, a missing tag after every value. */
  static final Comparator<List<String>> ORDER = (a, b) -> {
    for (int i = 0; i < Math.min(a.size(), b.size()); i++) {
      String x = a.get(i);
      String y = b.get(i);
      if (x == null || y == null) {
        if (x != y) {
          return x == null ? 1 : -1;
        }
        continue;
      }
      int c = x.compareTo(y);
      if (c != 0) {
        return c;
      }
    }
    return Integer.compare(a.size(), b.size());
  };

  private final List<ResultColumn> columns;
  private final List<ResultColumn> computed;
  private final int keyCount;
  private final List<String> aggregations;
  private final Map<List<String>, Map<String, List<Integer>>> cells;

  /**
   * @param columns the output columns: the tag keys, then the selected aggregations
   * @param computed {@code columns} followed by aggregations only HAVING reads
   * @param aggregations the headers of the aggregation columns of {@code computed}, in order
   */
  TagGroups(List<ResultColumn> columns, List<ResultColumn> computed, int keyCount, List<String> aggregations,
      Map<List<String>, Map<String, List<Integer>>> cells) {
    this.columns = columns;
    this.computed = computed;
    this.keyCount = keyCount;
    this.aggregations = aggregations;
    this.cells = cells;
  }

  @Override
  public List<ResultColumn> columns() {
    return columns;
  }

  /**
   * The rows per window and tag combination. HAVING is bound to the columns of these rows (see
   * {@code AggregationPlanner}), so it is evaluated on each row's merged aggregations, the ones
   * only HAVING reads included; those are dropped from the output afterwards.
   */
  @Override
  public Block output(AccumulatorGrid grid, Expr having) {
    Block rows = rows(grid);
    Block kept = having == null ? rows : AggregateGrouping.keep(rows, rows, having);
    if (computed.size() == columns.size()) {
      return kept;
    }
    List<Column> shown = new ArrayList<>();
    for (int c = 0; c < columns.size(); c++) {
      shown.add(kept.column(c));
    }
    return new Block(kept.times(), shown, kept.rowCount());
  }

  private Block rows(AccumulatorGrid grid) {
    List<List<Integer>> groups = new ArrayList<>();
    for (Map<String, List<Integer>> byAggregation : cells.values()) {
      for (String aggregation : aggregations) {
        groups.add(byAggregation.getOrDefault(aggregation, List.of()));
      }
    }
    List<List<Integer>> nonEmpty = new ArrayList<>();
    for (List<Integer> group : groups) {
      if (!group.isEmpty()) {
        nonEmpty.add(group);
      }
    }
    Block merged = grid.mergedResults(nonEmpty);
    int windows = grid.windows().count();
    int combos = cells.size();
    long[] times = new long[windows * combos];
    List<ColumnBuilder> builders = new ArrayList<>();
    for (ResultColumn column : computed) {
      builders.add(new ColumnBuilder(column.type(), times.length));
    }
    int row = 0;
    for (int w = 0; w < windows; w++) {
      int group = 0;
      int mergedColumn = 0;
      for (List<String> combo : cells.keySet()) {
        times[row] = grid.windows().shownTime(w);
        for (int k = 0; k < keyCount; k++) {
          builders.get(k).appendBoxed(combo.get(k));
        }
        for (int a = 0; a < aggregations.size(); a++) {
          if (groups.get(group).isEmpty()) {
            builders.get(keyCount + a).appendNull();
          } else {
            Column column = merged.column(mergedColumn++);
            builders.get(keyCount + a).appendFrom(column, w);
          }
          group++;
        }
        row++;
      }
    }
    List<Column> built = new ArrayList<>();
    for (ColumnBuilder builder : builders) {
      built.add(builder.build());
    }
    return new Block(times, built, row);
  }
}
