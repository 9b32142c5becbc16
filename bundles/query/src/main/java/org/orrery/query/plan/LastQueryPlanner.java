package org.orrery.query.plan;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.orrery.common.block.Block;
import org.orrery.common.error.ErrorCode;
import org.orrery.common.error.OrreryException;
import org.orrery.common.path.PartialPath;
import org.orrery.common.type.DataType;
import org.orrery.engine.query.ResultColumn;
import org.orrery.engine.schema.SeriesInfo;
import org.orrery.engine.storage.LastPoint;
import org.orrery.query.analyze.PathExpander;
import org.orrery.query.analyze.TimeIntervals;
import org.orrery.query.block.Values;
import org.orrery.query.operator.Operator;
import org.orrery.query.operator.SeriesScanOperator;
import org.orrery.query.result.TableBuilder;
import org.orrery.query.context.QueryContext;
import org.orrery.query.plan.logical.FilterNode;
import org.orrery.query.plan.logical.LastNode;
import org.orrery.query.plan.logical.PlanNode;
import org.orrery.query.statement.Engines;
import org.orrery.sql.ast.expression.PathExpression;
import org.orrery.sql.ast.query.OrderItem;
import org.orrery.sql.ast.query.SelectItem;

/**
 * SELECT LAST: the newest point of each selected series (within the WHERE time condition), as
 * rows {@code Time, Timeseries, Value, DataType} with the value printed as text.
 */
final class LastQueryPlanner {
  private LastQueryPlanner() {}

  private record LastRow(long time, String series, String value, String type) {}

  static QueryPart plan(PlanningContext planning) {
    if (planning.filter.valueFilter().isPresent()) {
      throw new OrreryException(ErrorCode.SEMANTIC_ERROR,
          "SELECT LAST only accepts time conditions, not '" + planning.filter.valueFilter().get().toSql() + "'");
    }
    PathExpander expander = planning.expander;
    Map<PartialPath, SeriesInfo> series = new LinkedHashMap<>();
    for (SelectItem item : planning.query.selectItems()) {
      if (!(item.expression() instanceof PathExpression path)) {
        throw new OrreryException(ErrorCode.SEMANTIC_ERROR,
            "SELECT LAST selects series, not '" + item.expression().toSql() + "'");
      }
      for (PartialPath resolved : expander.resolve(path.path())) {
        series.putIfAbsent(resolved, expander.info(resolved).orElseThrow());
      }
    }
    for (OrderItem item : planning.query.orderBy()) {
      if (order(item) == null) {
        throw new OrreryException(ErrorCode.SEMANTIC_ERROR, "SELECT LAST cannot be ordered by " + item.key());
      }
    }
    PlanNode last = new LastNode(new ArrayList<>(series.values()), TimeIntervals.ALL, planning.query.orderBy());
    PlanNode plan = planning.query.where().<PlanNode>map(where -> new FilterNode(last, where)).orElse(last);
    return new QueryPart(COLUMNS, true, plan, true);
  }

  private static final List<ResultColumn> COLUMNS = List.of(new ResultColumn("Timeseries", DataType.TEXT),
      new ResultColumn("Value", DataType.TEXT), new ResultColumn("DataType", DataType.TEXT));

  private static Comparator<LastRow> order(OrderItem item) {
    return switch (item.key()) {
      case TIME -> Comparator.comparingLong(LastRow::time);
      case TIMESERIES -> Comparator.comparing(LastRow::series);
      case VALUE -> Comparator.comparing(LastRow::value);
      case DATATYPE -> Comparator.comparing(LastRow::type);
      default -> null;
    };
  }

  /** The rows of a LAST, read when first pulled. */
  static Operator operator(LastNode node, Engines engines, QueryContext context) {
    return new DeferredOperator(node.types(), () -> List.of(rows(node, engines, context)), context, List.of());
  }

  private static Block rows(LastNode node, Engines engines, QueryContext context) {
    List<LastRow> rows = new ArrayList<>();
    for (SeriesInfo info : node.series()) {
      context.checkAlive();
      LastRow row = last(engines, context, info, node.time());
      if (row != null) {
        rows.add(row);
      }
    }
    Comparator<LastRow> order = null;
    for (OrderItem item : node.orderBy()) {
      Comparator<LastRow> key = order(item);
      key = item.descending() ? key.reversed() : key;
      order = order == null ? key : order.thenComparing(key);
    }
    if (order != null) {
      rows.sort(order);
    }
    TableBuilder table = new TableBuilder()
        .column("Timeseries", DataType.TEXT).column("Value", DataType.TEXT).column("DataType", DataType.TEXT);
    long[] times = new long[rows.size()];
    for (int i = 0; i < rows.size(); i++) {
      LastRow row = rows.get(i);
      times[i] = row.time();
      table.row(row.series(), row.value(), row.type());
    }
    Block values = table.block();
    return new Block(times, values.columns(), values.rowCount());
  }

  private static LastRow last(Engines engines, QueryContext context, SeriesInfo info, TimeIntervals time) {
    if (time.isEmpty()) {
      return null;
    }
    LastPoint point = engines.storage().last(
        info.database(), info.device(), info.aligned(), info.measurement(), info.type()).orElse(null);
    if (point == null) {
      return null;
    }
    if (time.contains(point.time())) {
      return new LastRow(point.time(), info.path().toString(), Values.text(point.value()), info.type().name());
    }
    if (point.time() < time.min()) {
      return null;
    }
    // The newest point lies after the condition: read backwards from its end for the newest
    // point inside it.
    try (Operator scan = new SeriesScanOperator(engines.storage(),
        InputLayout.query(List.of(info), time, false), context)) {
      Block block;
      while ((block = scan.next()) != null) {
        for (int r = 0; r < block.rowCount(); r++) {
          if (!block.column(0).isNull(r)) {
            return new LastRow(block.time(r), info.path().toString(), Values.text(block.column(0), r),
                info.type().name());
          }
        }
      }
    }
    return null;
  }
}
