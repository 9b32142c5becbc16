package org.orrery.query.plan;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.orrery.common.block.Block;
import org.orrery.common.block.Column;
import org.orrery.common.error.ErrorCode;
import org.orrery.common.error.OrreryException;
import org.orrery.common.path.PartialPath;
import org.orrery.common.type.DataType;
import org.orrery.engine.query.ResultColumn;
import org.orrery.engine.schema.SeriesInfo;
import org.orrery.query.aggregate.AccumulatorGrid;
import org.orrery.query.aggregate.AggregateSlot;
import org.orrery.query.aggregate.RowAggregation;
import org.orrery.query.aggregate.Segmenter;
import org.orrery.query.aggregate.StatisticsAggregation;
import org.orrery.query.aggregate.TimeWindows;
import org.orrery.query.analyze.ExpressionBinder;
import org.orrery.query.analyze.OutputColumn;
import org.orrery.query.analyze.SelectExpansion;
import org.orrery.query.analyze.TimeIntervals;
import org.orrery.query.block.Blocks;
import org.orrery.query.expression.Expr;
import org.orrery.query.operator.FilterOperator;
import org.orrery.query.operator.Materializer;
import org.orrery.query.operator.Operator;
import org.orrery.sql.ast.expression.Expression;
import org.orrery.sql.ast.expression.FunctionCall;
import org.orrery.sql.ast.expression.PathExpression;
import org.orrery.sql.ast.query.ConditionWindow;
import org.orrery.sql.ast.query.CountWindow;
import org.orrery.sql.ast.query.GroupByClause;
import org.orrery.sql.ast.query.SessionWindow;
import org.orrery.sql.ast.query.TimeWindow;
import org.orrery.sql.ast.query.VariationWindow;
import org.orrery.sql.ast.query.WindowGrouping;

/**
 * Plans aggregation queries: without GROUP BY (one row), with time windows (sliding when the
 * step is shorter than the interval), with segments (VARIATION, CONDITION, SESSION, COUNT),
 * merged by LEVEL or TAGS, filtered by HAVING. Plain series without a value filter are answered
 * from statistics where storage offers them.
 */
final class AggregationPlanner {
  private AggregationPlanner() {}

  static QueryPart plan(PlanningContext planning) {
    List<OutputColumn> columns = SelectExpansion.expand(planning.query, planning.expander, planning.names);
    if (columns.isEmpty()) {
      // nothing matched: IoTDB answers with an empty result
      return new QueryPart(List.of(), false,
          new org.orrery.query.operator.BlockListOperator(List.of(), List.of(), planning.context), true);
    }
    GroupByClause groupBy = planning.query.groupBy().orElse(null);
    WindowGrouping window = groupBy == null ? null : groupBy.window().orElse(null);
    PlanningContext.ValuePredicate where = planning.valuePredicate();
    Expression control = control(planning, window);
    Expression having = planning.query.having().map(h -> single(planning, h, "HAVING")).orElse(null);

    List<Expression> read = new ArrayList<>();
    for (OutputColumn column : columns) {
      read.add(column.expression());
    }
    if (where.present()) {
      read.add(where.expression());
    }
    if (control != null) {
      read.add(control);
    }
    if (having != null) {
      read.add(having);
    }
    List<SeriesInfo> seriesList = planning.seriesOf(read);
    InputLayout layout = new InputLayout(seriesList);
    Map<PartialPath, SeriesInfo> series = new LinkedHashMap<>();
    for (SeriesInfo info : seriesList) {
      series.put(info.path(), info);
    }
    ExpressionBinder rowBinder = new ExpressionBinder(
        planning.engines.functions(), planning.context.time(), layout::column);
    SlotCollector slots = new SlotCollector(planning.engines.functions(), rowBinder);
    ExpressionBinder resultBinder = slots.resultBinder(planning.context.time());

    AggregateGrouping grouping;
    if (groupBy != null && groupBy.byLevel()) {
      grouping = Grouping.byLevel(columns, groupBy.levels(), slots, planning);
    } else if (groupBy != null && groupBy.byTags()) {
      grouping = Grouping.byTags(columns, groupBy.tagKeys(), slots, series);
    } else {
      grouping = Grouping.plain(columns, slots, resultBinder);
    }
    Expr havingExpr = having == null ? null : resultBinder.bind(having);
    if (havingExpr != null && havingExpr.type() != DataType.BOOLEAN) {
      throw new OrreryException(ErrorCode.SEMANTIC_ERROR, "HAVING must be a condition: '" + having.toSql() + "'");
    }
    Expr predicate = where.present() ? rowBinder.bind(where.expression()) : null;
    Expr controlExpr = control == null ? null : rowBinder.bind(control);

    TimeWindows fixed = window instanceof TimeWindow timeWindow
        ? TimeWindows.of(timeWindow, planning.context.time()) : window == null ? TimeWindows.whole() : null;
    boolean timed = window != null;
    List<ResultColumn> results = grouping.columns();
    List<DataType> types = new ArrayList<>();
    for (ResultColumn result : results) {
      types.add(result.type());
    }
    Operator operator = new DeferredOperator(types, () -> {
      List<AggregateSlot> all = slots.slots();
      TimeIntervals time = planning.filter.time();
      if (fixed != null && fixed.timed()) {
        time = time.intersect(TimeIntervals.between(fixed.first(), fixed.last()));
      }
      boolean noInput = layout.isEmpty() || where.never() || time.isEmpty();
      AccumulatorGrid grid;
      if (fixed != null) {
        planning.context.reserve(AccumulatorGrid.estimateBytes(fixed.count(), all.size()), "aggregation");
        grid = new AccumulatorGrid(all, fixed);
        if (!noInput) {
          boolean plainSeries = predicate == null && all.stream().allMatch(s -> s.series() != null);
          if (plainSeries) {
            StatisticsAggregation.run(grid, series, planning.engines.storage(), time, planning.context);
          } else {
            Operator rows = layout.scan(planning.engines.storage(), time, true, planning.context);
            if (predicate != null) {
              rows = new FilterOperator(rows, predicate);
            }
            RowAggregation.run(grid, rows, planning.context);
          }
        }
      } else {
        Block rows = Blocks.empty(layout.types(), true);
        if (!noInput) {
          Operator input = layout.scan(planning.engines.storage(), time, true, planning.context);
          if (predicate != null) {
            input = new FilterOperator(input, predicate);
          }
          rows = Materializer.drain(input, true, planning.context, "GROUP BY segments");
        }
        TimeWindows segments = segments(window, rows, controlExpr, planning);
        planning.context.reserve(AccumulatorGrid.estimateBytes(segments.count(), all.size()), "aggregation");
        grid = new AccumulatorGrid(all, segments);
        if (rows.rowCount() > 0) {
          RowAggregation.feed(grid, rows);
        }
      }
      Block output = grouping.output(grid);
      if (havingExpr != null) {
        Column keep = havingExpr.evaluate(grid.results());
        int[] positions = new int[keep.size()];
        int count = 0;
        for (int i = 0; i < keep.size(); i++) {
          if (!keep.isNull(i) && keep.booleans()[i]) {
            positions[count++] = i;
          }
        }
        output = Blocks.select(output, positions, count);
      }
      return List.of(output);
    }, planning.context, List.of());
    return new QueryPart(results, timed, operator, false);
  }

  private static TimeWindows segments(WindowGrouping window, Block rows, Expr control, PlanningContext planning) {
    int n = rows.rowCount();
    long[] times = rows.times();
    if (window instanceof SessionWindow session) {
      return Segmenter.session(times, n, session.gap().toUnits(planning.context.time().precision()));
    }
    Column value = control.evaluate(rows);
    if (window instanceof VariationWindow variation) {
      if (!value.type().isNumeric() && variation.delta() != 0) {
        throw new OrreryException(ErrorCode.SEMANTIC_ERROR,
            "GROUP BY VARIATION with delta " + variation.delta() + " needs a numeric expression");
      }
      return Segmenter.variation(times, value, n, variation.delta(), variation.ignoreNull());
    }
    if (window instanceof ConditionWindow condition) {
      if (value.type() != DataType.BOOLEAN) {
        throw new OrreryException(ErrorCode.SEMANTIC_ERROR,
            "GROUP BY CONDITION needs a condition, not '" + condition.predicate().toSql() + "'");
      }
      return Segmenter.condition(times, value, n, condition.keep(), condition.ignoreNull());
    }
    CountWindow count = (CountWindow) window;
    if (count.size() <= 0) {
      throw new OrreryException(ErrorCode.SEMANTIC_ERROR, "GROUP BY COUNT size must be positive: " + count.size());
    }
    return Segmenter.count(times, value, n, count.size(), count.ignoreNull());
  }

  /** The expression that cuts segments, with its paths resolved. */
  private static Expression control(PlanningContext planning, WindowGrouping window) {
    if (window instanceof VariationWindow variation) {
      return single(planning, variation.control(), "GROUP BY VARIATION");
    }
    if (window instanceof ConditionWindow condition) {
      return single(planning, condition.predicate(), "GROUP BY CONDITION");
    }
    if (window instanceof CountWindow count) {
      return single(planning, count.control(), "GROUP BY COUNT");
    }
    return null;
  }

  private static Expression single(PlanningContext planning, Expression expression, String clause) {
    List<Expression> expanded = planning.expander.expand(expression);
    if (expanded.size() != 1) {
      throw new OrreryException(ErrorCode.SEMANTIC_ERROR, clause + " expression '" + expression.toSql()
          + "' must match exactly one series, but matches " + expanded.size());
    }
    return expanded.get(0);
  }

  /** Factories of the groupings. */
  private static final class Grouping {
    private Grouping() {}

    /** Each column is an expression over the aggregation results. */
    static AggregateGrouping plain(List<OutputColumn> columns, SlotCollector slots, ExpressionBinder binder) {
      List<Expr> outputs = new ArrayList<>();
      List<ResultColumn> results = new ArrayList<>();
      for (OutputColumn column : columns) {
        Expr bound = binder.bind(column.expression());
        outputs.add(bound);
        results.add(new ResultColumn(column.header(), bound.type()));
      }
      return new AggregateGrouping() {
        @Override
        public List<ResultColumn> columns() {
          return results;
        }

        @Override
        public Block output(AccumulatorGrid grid) {
          Block values = grid.results();
          List<Column> out = new ArrayList<>();
          for (Expr output : outputs) {
            out.add(output.evaluate(values));
          }
          return new Block(values.times(), out, values.rowCount());
        }
      };
    }

    /**
     * GROUP BY LEVEL: aggregations of series whose paths agree on the given levels are merged;
     * the other levels print as {@code *}, e.g. {@code count(root.*.d1.s1)}.
     */
    static AggregateGrouping byLevel(List<OutputColumn> columns, List<Integer> levels, SlotCollector slots,
        PlanningContext planning) {
      Map<String, List<Integer>> groups = new LinkedHashMap<>();
      Map<String, DataType> types = new LinkedHashMap<>();
      for (OutputColumn column : columns) {
        FunctionCall call = singleSeriesCall(column.expression(), "GROUP BY LEVEL");
        PartialPath path = ((PathExpression) call.arguments().get(0)).path();
        String header = call.name().toLowerCase(Locale.ROOT) + "(" + collapse(path, levels) + ")";
        int slot = slots.slot(call);
        groups.computeIfAbsent(header, h -> new ArrayList<>()).add(slot);
        types.put(header, slots.slots().get(slot).bound().outputType());
      }
      List<ResultColumn> results = new ArrayList<>();
      for (Map.Entry<String, DataType> entry : types.entrySet()) {
        results.add(new ResultColumn(entry.getKey(), entry.getValue()));
      }
      List<List<Integer>> members = new ArrayList<>(groups.values());
      return new AggregateGrouping() {
        @Override
        public List<ResultColumn> columns() {
          return results;
        }

        @Override
        public Block output(AccumulatorGrid grid) {
          return grid.mergedResults(members);
        }
      };
    }

    /**
     * GROUP BY TAGS: one row per combination of tag values (and window), one column per tag key
     * and per aggregation of a measurement, e.g. {@code avg(temperature)}.
     */
    static AggregateGrouping byTags(List<OutputColumn> columns, List<String> keys, SlotCollector slots,
        Map<PartialPath, SeriesInfo> series) {
      Map<String, DataType> aggregations = new LinkedHashMap<>();
      Map<List<String>, Map<String, List<Integer>>> cells = new java.util.TreeMap<>(TagGroups.ORDER);
      for (OutputColumn column : columns) {
        FunctionCall call = singleSeriesCall(column.expression(), "GROUP BY TAGS");
        PartialPath path = ((PathExpression) call.arguments().get(0)).path();
        String header = call.name().toLowerCase(Locale.ROOT) + "(" + path.lastNode() + ")";
        int slot = slots.slot(call);
        aggregations.put(header, slots.slots().get(slot).bound().outputType());
        List<String> values = new ArrayList<>();
        for (String key : keys) {
          values.add(series.get(path).tags().get(key));
        }
        cells.computeIfAbsent(values, v -> new LinkedHashMap<>())
            .computeIfAbsent(header, h -> new ArrayList<>()).add(slot);
      }
      List<ResultColumn> results = new ArrayList<>();
      for (String key : keys) {
        results.add(new ResultColumn(key, DataType.TEXT));
      }
      for (Map.Entry<String, DataType> entry : aggregations.entrySet()) {
        results.add(new ResultColumn(entry.getKey(), entry.getValue()));
      }
      return new TagGroups(results, keys.size(), new ArrayList<>(aggregations.keySet()), cells);
    }

    private static FunctionCall singleSeriesCall(Expression expression, String clause) {
      if (expression instanceof FunctionCall call && call.arguments().size() == 1
          && call.arguments().get(0) instanceof PathExpression) {
        return call;
      }
      throw new OrreryException(ErrorCode.SEMANTIC_ERROR,
          clause + " needs each select item to be one aggregation of a series, not '" + expression.toSql() + "'");
    }

    private static String collapse(PartialPath path, List<Integer> levels) {
      List<String> nodes = new ArrayList<>();
      for (int i = 0; i < path.length(); i++) {
        boolean keep = i == 0 || i == path.length() - 1 || levels.contains(i);
        nodes.add(keep ? path.node(i) : "*");
      }
      return PartialPath.of(nodes).toString();
    }
  }
}
