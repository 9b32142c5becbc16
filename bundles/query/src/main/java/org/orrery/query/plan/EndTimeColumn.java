package org.orrery.query.plan;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.orrery.common.block.Block;
import org.orrery.common.block.Column;
import org.orrery.common.type.DataType;
import org.orrery.engine.query.ResultColumn;
import org.orrery.query.aggregate.AccumulatorGrid;
import org.orrery.query.aggregate.TimeWindows;
import org.orrery.query.block.ColumnBuilder;
import org.orrery.query.expression.Expr;
import org.orrery.sql.ast.expression.PathExpression;
import org.orrery.sql.ast.query.QueryStatement;
import org.orrery.sql.ast.query.SelectItem;

/**
 * IoTDB's {@code __endTime} select item of GROUP BY VARIATION / CONDITION / SESSION / COUNT: the
 * time of each group's last row, as an INT64 column right after the time (and device) column,
 * whatever its place in the SELECT list (IoTDB 1.3 "Aggregate By Segment").
 */
final class EndTimeColumn {
  static final String NAME = "__endTime";

  private EndTimeColumn() {}

  /** Whether the select list asks for {@code __endTime}. */
  static boolean requested(QueryStatement query) {
    return query.selectItems().stream().anyMatch(EndTimeColumn::isEndTime);
  }

  /** The query without its {@code __endTime} items, whose other items expand as usual. */
  static QueryStatement without(QueryStatement query) {
    List<SelectItem> items = query.selectItems().stream().filter(i -> !isEndTime(i)).toList();
    return new QueryStatement(query.lastQuery(), items, query.into(), query.from(), query.where(),
        query.groupBy(), query.having(), query.orderBy(), query.fill(), query.options());
  }

  private static boolean isEndTime(SelectItem item) {
    return item.expression() instanceof PathExpression path && path.path().length() == 1
        && path.path().node(0).equalsIgnoreCase(NAME);
  }

  /** {@code grouping} with the {@code __endTime} column in front of its own. */
  static AggregateGrouping prepend(AggregateGrouping grouping) {
    List<ResultColumn> columns = new ArrayList<>();
    columns.add(new ResultColumn(NAME, DataType.INT64));
    columns.addAll(grouping.columns());
    return new AggregateGrouping() {
      @Override
      public List<ResultColumn> columns() {
        return columns;
      }

      @Override
      public Block output(AccumulatorGrid grid, Expr having) {
        Block rows = grouping.output(grid, having);
        // segments never overlap, so a group's shown (start) time identifies it
        TimeWindows windows = grid.windows();
        Map<Long, Long> ends = new HashMap<>();
        for (int w = 0; w < windows.count(); w++) {
          ends.put(windows.shownTime(w), windows.end(w));
        }
        ColumnBuilder endTimes = new ColumnBuilder(DataType.INT64, rows.rowCount());
        for (int r = 0; r < rows.rowCount(); r++) {
          endTimes.appendBoxed(ends.get(rows.time(r)));
        }
        List<Column> out = new ArrayList<>();
        out.add(endTimes.build());
        for (int c = 0; c < rows.columnCount(); c++) {
          out.add(rows.column(c));
        }
        return new Block(rows.times(), out, rows.rowCount());
      }
    };
  }
}
