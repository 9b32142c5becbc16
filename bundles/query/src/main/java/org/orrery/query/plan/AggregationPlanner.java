package org.orrery.query.plan;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
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
import org.orrery.query.aggregate.TimeWindows;
import org.orrery.query.analyze.ExpressionBinder;
import org.orrery.query.analyze.OutputColumn;
import org.orrery.query.analyze.SelectExpansion;
import org.orrery.query.expression.Expr;
import org.orrery.query.plan.logical.AggregationNode;
import org.orrery.query.plan.logical.EmptyNode;
import org.orrery.query.plan.logical.PlanNode;
import org.orrery.sql.ast.expression.Expression;
import org.orrery.sql.ast.expression.FunctionCall;
import org.orrery.sql.ast.expression.PathExpression;
import org.orrery.sql.ast.query.ConditionWindow;
import org.orrery.sql.ast.query.CountWindow;
import org.orrery.sql.ast.query.GroupByClause;
import org.orrery.sql.ast.query.QueryStatement;
import org.orrery.sql.ast.query.TimeWindow;
import org.orrery.sql.ast.query.VariationWindow;
import org.orrery.sql.ast.query.WindowGrouping;

/**
 * Plans aggregation queries: without GROUP BY (one row), with time windows (sliding when the
 * step is shorter than the interval), with segments (VARIATION, CONDITION, SESSION, COUNT),
 * merged by LEVEL or TAGS, filtered by HAVING: binds the aggregations once and builds the
 * logical aggregation over the scans of the series read, the WHERE clause as its filter. Whether
 * statistics may answer it is the optimizer's decision ({@code UseStatistics}).
 */
final class AggregationPlanner {
  private AggregationPlanner() {}

  static QueryPart plan(PlanningContext planning) {
    GroupByClause groupBy = planning.query.groupBy().orElse(null);
    WindowGrouping window = groupBy == null ? null : groupBy.window().orElse(null);
    boolean endTime = window != null && !(window instanceof TimeWindow) && EndTimeColumn.requested(planning.query);
    QueryStatement selected = endTime ? EndTimeColumn.without(planning.query) : planning.query;
    boolean countTime = CountTime.requested(selected);
    List<OutputColumn> columns = countTime ? List.of(CountTime.column(selected))
        : groupBy != null && groupBy.byLevel()
        ? SelectExpansion.seriesPage(LevelGrouping.inGroupOrder(
            SelectExpansion.expandByItem(selected, planning.expander, planning.names), groupBy.levels()),
            selected.options())
        : SelectExpansion.expand(selected, planning.expander, planning.names);
    if (columns.isEmpty()) {
      // nothing matched: IoTDB answers with an empty result
      return new QueryPart(List.of(), false, new EmptyNode(List.of()), true);
    }
    Optional<Expression> where = planning.predicate();
    Expression control = control(planning, window);
    boolean byLevel = groupBy != null && groupBy.byLevel();
    List<Expression> havingExpansions = new ArrayList<>();
    Expression having = null;
    if (byLevel && planning.query.having().isPresent()) {
      List<Expression> written = new ArrayList<>();
      planning.query.selectItems().forEach(item -> written.add(item.expression()));
      written.add(planning.query.having().get());
      LevelGrouping.checkHavingPaths(written);
      havingExpansions.addAll(planning.expander.expand(planning.query.having().get()));
    } else if (groupBy != null && groupBy.byTags()) {
      // bound later to the rows of the tag combinations; the series of its aggregations are read
      planning.query.having().ifPresent(h -> havingExpansions.addAll(TagHaving.expandCalls(h, planning.expander,
          planning.engines.functions())));
    } else {
      having = planning.query.having().map(h -> single(planning, h, "HAVING")).orElse(null);
    }

    List<Expression> read = new ArrayList<>();
    for (OutputColumn column : columns) {
      read.add(column.expression());
    }
    where.ifPresent(read::add);
    if (countTime) {
      for (Expression star : CountTime.series()) {
        read.addAll(planning.expander.expand(star));
      }
    }
    if (control != null) {
      read.add(control);
    }
    if (having != null) {
      read.add(having);
    }
    read.addAll(havingExpansions);
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
    String groupingText = "";
    Expr havingExpr = null;
    if (byLevel) {
      LevelGrouping levels = new LevelGrouping(columns, groupBy.levels(), slots, planning.engines.functions(),
          planning.context.time());
      if (planning.query.having().isPresent()) {
        havingExpr = levels.bindHaving(planning.query.having().get(), havingExpansions);
      }
      grouping = levels;
      groupingText = " by level " + groupBy.levels();
    } else if (groupBy != null && groupBy.byTags()) {
      TagHaving tagHaving = planning.query.having()
          .map(h -> new TagHaving(h, havingExpansions, planning.engines.functions(), planning.context.time()))
          .orElse(null);
      grouping = Grouping.byTags(columns, groupBy.tagKeys(), slots, series, tagHaving);
      if (tagHaving != null) {
        havingExpr = tagHaving.bind();
      }
      groupingText = " by tags " + groupBy.tagKeys();
    } else {
      grouping = Grouping.plain(columns, slots, resultBinder);
    }
    if (having != null) {
      havingExpr = resultBinder.bind(having);
    }
    if (endTime) {
      grouping = EndTimeColumn.prepend(grouping);
    }
    if (havingExpr != null && havingExpr.type() != DataType.BOOLEAN) {
      throw new OrreryException(ErrorCode.SEMANTIC_ERROR,
          "HAVING must be a condition: '" + planning.query.having().get().toSql() + "'");
    }
    PlanNode input = RawQueryPlanner.input(layout, where, rowBinder);
    Expr controlExpr = control == null ? null : rowBinder.bind(control);

    TimeWindows fixed = window instanceof TimeWindow timeWindow
        ? TimeWindows.of(timeWindow, planning.context.time()) : window == null ? TimeWindows.whole() : null;
    String text = aggregations(slots) + windows(window, fixed) + groupingText
        + planning.query.having().map(h -> " having " + h.toSql()).orElse("");
    AggregationDetails details = new AggregationDetails(slots.slots(), grouping, havingExpr, window, fixed,
        controlExpr, series, text);
    return new QueryPart(grouping.columns(), window != null, new AggregationNode(input, details, false), false);
  }

  private static String aggregations(SlotCollector slots) {
    List<String> texts = new ArrayList<>();
    for (AggregateSlot slot : slots.slots()) {
      texts.add(slot.text());
    }
    return texts.toString();
  }

  private static String windows(WindowGrouping window, TimeWindows fixed) {
    if (fixed != null) {
      return fixed.timed() ? " windows: " + fixed.count() + " in [" + fixed.first() + ", " + fixed.last() + "]" : "";
    }
    return " segments: " + window.getClass().getSimpleName();
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
        public Block output(AccumulatorGrid grid, Expr having) {
          Block values = grid.results();
          List<Column> out = new ArrayList<>();
          for (Expr output : outputs) {
            out.add(output.evaluate(values));
          }
          return AggregateGrouping.keep(new Block(values.times(), out, values.rowCount()), values, having);
        }
      };
    }

    /**
     * GROUP BY TAGS: one row per combination of tag values (and window), one column per tag key
     * and per aggregation of a measurement, e.g. {@code avg(temperature)}.
     */
    static AggregateGrouping byTags(List<OutputColumn> columns, List<String> keys, SlotCollector slots,
        Map<PartialPath, SeriesInfo> series, TagHaving having) {
      Map<String, DataType> aggregations = new LinkedHashMap<>();
      Map<List<String>, Map<String, List<Integer>>> cells = new java.util.TreeMap<>(TagGroups.ORDER);
      for (OutputColumn column : columns) {
        addTagCell(column.expression(), keys, slots, series, aggregations, cells);
      }
      List<ResultColumn> results = new ArrayList<>();
      for (String key : keys) {
        results.add(new ResultColumn(key, DataType.TEXT));
      }
      for (Map.Entry<String, DataType> entry : aggregations.entrySet()) {
        results.add(new ResultColumn(entry.getKey(), entry.getValue()));
      }
      Map<String, DataType> computed = new LinkedHashMap<>(aggregations);
      if (having != null) {
        for (Expression call : having.expansions()) {
          addTagCell(call, keys, slots, series, computed, cells);
        }
      }
      List<ResultColumn> computedColumns = new ArrayList<>(results);
      List<String> headers = new ArrayList<>(computed.keySet());
      for (int a = aggregations.size(); a < headers.size(); a++) {
        computedColumns.add(new ResultColumn(headers.get(a), computed.get(headers.get(a))));
      }
      if (having != null) {
        having.columns(computedColumns);
      }
      return new TagGroups(results, computedColumns, keys.size(), headers, cells);
    }

    /** Puts the aggregation of one series into the cell of its tag values and header. */
    private static void addTagCell(Expression expression, List<String> keys, SlotCollector slots,
        Map<PartialPath, SeriesInfo> series, Map<String, DataType> aggregations,
        Map<List<String>, Map<String, List<Integer>>> cells) {
      FunctionCall call = singleSeriesCall(expression, "GROUP BY TAGS");
      PartialPath path = ((PathExpression) call.arguments().get(0)).path();
      String header = TagHaving.header(call.name(), path.lastNode());
      int slot = slots.slot(call);
      aggregations.putIfAbsent(header, slots.slots().get(slot).bound().outputType());
      List<String> values = new ArrayList<>();
      for (String key : keys) {
        values.add(series.get(path).tags().get(key));
      }
      List<Integer> cell = cells.computeIfAbsent(values, v -> new LinkedHashMap<>())
          .computeIfAbsent(header, h -> new ArrayList<>());
      // HAVING may name an aggregation that is also selected: one slot counts once
      if (!cell.contains(slot)) {
        cell.add(slot);
      }
    }

    private static FunctionCall singleSeriesCall(Expression expression, String clause) {
      if (expression instanceof FunctionCall call && call.arguments().size() == 1
          && call.arguments().get(0) instanceof PathExpression) {
        return call;
      }
      throw new OrreryException(ErrorCode.SEMANTIC_ERROR,
          clause + " needs each select item to be one aggregation of a series, not '" + expression.toSql() + "'");
    }
  }
}
