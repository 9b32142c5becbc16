package org.orrery.query.plan;

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
import org.orrery.query.aggregate.RowAggregation;
import org.orrery.query.aggregate.Segmenter;
import org.orrery.query.aggregate.StatisticsAggregation;
import org.orrery.query.aggregate.TimeWindows;
import org.orrery.query.analyze.TimeIntervals;
import org.orrery.query.block.Blocks;
import org.orrery.query.context.QueryContext;
import org.orrery.query.expression.Expr;
import org.orrery.query.operator.Materializer;
import org.orrery.query.operator.Operator;
import org.orrery.query.plan.logical.AggregationSpec;
import org.orrery.query.statement.Engines;
import org.orrery.sql.ast.query.ConditionWindow;
import org.orrery.sql.ast.query.CountWindow;
import org.orrery.sql.ast.query.SessionWindow;
import org.orrery.sql.ast.query.VariationWindow;
import org.orrery.sql.ast.query.WindowGrouping;

/**
 * An aggregation as the analysis bound it, and how it runs: the accumulator grid over fixed
 * windows (fed from statistics or from rows) or over segments cut from the drained rows, then
 * the grouping's output and HAVING.
 */
final class AggregationDetails implements AggregationSpec {
  private final List<AggregateSlot> slots;
  private final AggregateGrouping grouping;
  private final Expr having;
  private final WindowGrouping window;
  private final TimeWindows fixed;
  private final Expr control;
  private final Map<PartialPath, SeriesInfo> series;
  private final String text;

  /**
   * @param fixed the fixed windows, or null for segments
   * @param control the expression that cuts segments, or null
   */
  AggregationDetails(List<AggregateSlot> slots, AggregateGrouping grouping, Expr having, WindowGrouping window,
      TimeWindows fixed, Expr control, Map<PartialPath, SeriesInfo> series, String text) {
    this.slots = slots;
    this.grouping = grouping;
    this.having = having;
    this.window = window;
    this.fixed = fixed;
    this.control = control;
    this.series = series;
    this.text = text;
  }

  List<ResultColumn> columns() {
    return grouping.columns();
  }

  @Override
  public List<DataType> types() {
    return columns().stream().map(ResultColumn::type).toList();
  }

  @Override
  public boolean statisticsCapable() {
    return fixed != null && slots.stream().allMatch(s -> s.series() != null);
  }

  @Override
  public Optional<TimeIntervals> windowRange() {
    if (fixed == null || !fixed.timed()) {
      return Optional.empty();
    }
    return Optional.of(TimeIntervals.between(fixed.first(), fixed.last()));
  }

  @Override
  public String describe() {
    return text;
  }

  /**
   * The aggregation's rows, computed on the first pull.
   *
   * @param rows the input rows, or null when the input is known to be empty
   * @param statisticsTime when statistics answer it, the times to aggregate; else null
   */
  Operator operator(java.util.function.Supplier<Operator> rows, TimeIntervals statisticsTime,
      Engines engines, QueryContext context) {
    return new DeferredOperator(types(), () -> List.of(compute(rows, statisticsTime, engines, context)), context,
        List.of());
  }

  private Block compute(java.util.function.Supplier<Operator> rows, TimeIntervals statisticsTime, Engines engines,
      QueryContext context) {
    AccumulatorGrid grid;
    if (fixed != null) {
      context.reserve(AccumulatorGrid.estimateBytes(fixed.count(), slots.size()), "aggregation");
      grid = new AccumulatorGrid(slots, fixed);
      if (statisticsTime != null) {
        StatisticsAggregation.run(grid, series, engines.storage(), statisticsTime, context);
      } else if (rows != null) {
        RowAggregation.run(grid, rows.get(), context);
      }
    } else {
      Block drained = rows == null ? Blocks.empty(inputTypes(), true)
          : Materializer.drain(rows.get(), true, context, "GROUP BY segments");
      Block input = withoutSkippedRows(drained);
      TimeWindows segments = segments(input, context);
      context.reserve(AccumulatorGrid.estimateBytes(segments.count(), slots.size()), "aggregation");
      grid = new AccumulatorGrid(slots, segments);
      if (input.rowCount() > 0) {
        RowAggregation.feed(grid, input);
      }
    }
    return grouping.output(grid, having);
  }

  /**
   * The rows that take part in segments. With {@code ignoreNull} (IoTDB's default) a row whose
   * control value is null belongs to no segment at all, so its other values are not aggregated
   * either (IoTDB 1.3 "Aggregation By Variation/Condition/Count": such points "will be directly
   * skipped"); without it the segmenter decides what a null does.
   */
  private Block withoutSkippedRows(Block rows) {
    boolean ignoreNull = window instanceof VariationWindow v ? v.ignoreNull()
        : window instanceof ConditionWindow c ? c.ignoreNull()
        : window instanceof CountWindow n && n.ignoreNull();
    if (!ignoreNull || rows.rowCount() == 0) {
      return rows;
    }
    Column value = control.evaluate(rows);
    int[] kept = new int[rows.rowCount()];
    int count = 0;
    for (int i = 0; i < rows.rowCount(); i++) {
      if (!value.isNull(i)) {
        kept[count++] = i;
      }
    }
    return count == rows.rowCount() ? rows : Blocks.select(rows, kept, count);
  }

  /**
   * GROUP BY COUNT outputs only full groups: when the rows counted (all rows left, the skipped
   * ones being gone) do not divide into groups of {@code size}, the last, short group is dropped.
   */
  private static TimeWindows fullGroupsOnly(TimeWindows segments, int counted, long size) {
    if (counted % size == 0 || segments.count() == 0) {
      return segments;
    }
    int full = segments.count() - 1;
    long[] starts = new long[full];
    long[] ends = new long[full];
    for (int w = 0; w < full; w++) {
      starts[w] = segments.start(w);
      ends[w] = segments.end(w);
    }
    return TimeWindows.ofSegments(starts, ends);
  }

  /** The types of the joined input rows: the series read, in column order. */
  private List<DataType> inputTypes() {
    return new InputLayout(series.values()).types();
  }

  private TimeWindows segments(Block rows, QueryContext context) {
    int n = rows.rowCount();
    long[] times = rows.times();
    if (window instanceof SessionWindow session) {
      return Segmenter.session(times, n, session.gap().toUnits(context.time().precision()));
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
    return fullGroupsOnly(Segmenter.count(times, value, n, count.size(), count.ignoreNull()), n, count.size());
  }
}
