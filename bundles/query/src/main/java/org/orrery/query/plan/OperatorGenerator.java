package org.orrery.query.plan;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;
import org.orrery.common.error.ErrorCode;
import org.orrery.common.error.OrreryException;
import org.orrery.engine.schema.SeriesInfo;
import org.orrery.query.analyze.ExpressionBinder;
import org.orrery.query.analyze.TimeIntervals;
import org.orrery.query.context.QueryContext;
import org.orrery.query.expression.Expr;
import org.orrery.query.expression.InputColumn;
import org.orrery.query.operator.BlockListOperator;
import org.orrery.query.operator.FillOperator;
import org.orrery.query.operator.FilterOperator;
import org.orrery.query.operator.OffsetLimitOperator;
import org.orrery.query.operator.Operator;
import org.orrery.query.operator.ProjectOperator;
import org.orrery.query.operator.ReverseOperator;
import org.orrery.query.operator.SeriesScanOperator;
import org.orrery.query.operator.SortOperator;
import org.orrery.query.operator.TimeJoinOperator;
import org.orrery.query.plan.logical.AggregationNode;
import org.orrery.query.plan.logical.DeviceViewNode;
import org.orrery.query.plan.logical.EmptyNode;
import org.orrery.query.plan.logical.FillNode;
import org.orrery.query.plan.logical.FilterNode;
import org.orrery.query.plan.logical.LastNode;
import org.orrery.query.plan.logical.OffsetLimitNode;
import org.orrery.query.plan.logical.PlanNode;
import org.orrery.query.plan.logical.ProjectNode;
import org.orrery.query.plan.logical.SeriesScanNode;
import org.orrery.query.plan.logical.SortNode;
import org.orrery.query.plan.logical.TimeJoinNode;
import org.orrery.query.plan.logical.TimeOrderNode;
import org.orrery.query.plan.logical.TransformNode;
import org.orrery.query.statement.Engines;
import org.orrery.sql.ast.expression.BooleanLiteral;
import org.orrery.sql.ast.expression.DecimalLiteral;
import org.orrery.sql.ast.expression.Expression;
import org.orrery.sql.ast.expression.IntegerLiteral;
import org.orrery.sql.ast.expression.Literal;
import org.orrery.sql.ast.expression.StringLiteral;
import org.orrery.sql.ast.query.ConstantFill;
import org.orrery.sql.ast.query.FillSpec;
import org.orrery.sql.ast.query.LinearFill;
import org.orrery.sql.ast.query.PreviousFill;

/**
 * Turns an optimised logical plan into operators, node by node. Expressions of filters and
 * projections are bound here over the columns of the rows beneath them: the series of the scans,
 * in scan order. Operators are lazy: nothing is read before the first pull.
 */
final class OperatorGenerator {
  private final Engines engines;
  private final QueryContext context;

  OperatorGenerator(Engines engines, QueryContext context) {
    this.engines = engines;
    this.context = context;
  }

  Operator generate(PlanNode node) {
    if (node instanceof EmptyNode empty) {
      return new BlockListOperator(empty.types(), List.of(), context);
    }
    if (node instanceof SeriesScanNode scan) {
      return scan(scan);
    }
    if (node instanceof TimeJoinNode join) {
      List<Operator> inputs = new ArrayList<>();
      for (PlanNode input : join.inputs()) {
        inputs.add(generate(input));
      }
      return new TimeJoinOperator(inputs, join.ascending(), context);
    }
    if (node.children().size() == 1 && node.children().get(0) instanceof EmptyNode
        && !(node instanceof AggregationNode) && !(node instanceof TransformNode)) {
      return new BlockListOperator(node.types(), List.of(), context);
    }
    if (node instanceof FilterNode filter) {
      Expr predicate = binder(filter.child()).bind(filter.predicate());
      return new FilterOperator(generate(filter.child()), predicate);
    }
    if (node instanceof ProjectNode project) {
      ExpressionBinder binder = binder(project.child());
      List<Expr> outputs = new ArrayList<>();
      for (Expression expression : project.expressions()) {
        outputs.add(binder.bind(expression));
      }
      return new ProjectOperator(generate(project.child()), outputs);
    }
    if (node instanceof SortNode sort) {
      return sort(sort);
    }
    if (node instanceof TimeOrderNode order) {
      return new ReverseOperator(generate(order.child()), context);
    }
    if (node instanceof FillNode fill) {
      return fill(generate(fill.child()), fill.fill());
    }
    if (node instanceof OffsetLimitNode window) {
      return new OffsetLimitOperator(generate(window.child()), window.offset(), window.limit());
    }
    if (node instanceof AggregationNode aggregation) {
      PlanNode child = aggregation.child();
      AggregationDetails details = (AggregationDetails) aggregation.spec();
      TimeIntervals statisticsTime = aggregation.fromStatistics() ? scanTime(child) : null;
      return details.operator(rows(child), statisticsTime, engines, context);
    }
    if (node instanceof TransformNode transform) {
      return ((TransformPlanner.Details) transform.spec()).operator(rows(transform.child()), context);
    }
    if (node instanceof DeviceViewNode view) {
      return DeviceViewPlanner.operator(view, this::generate, context);
    }
    if (node instanceof LastNode last) {
      return LastQueryPlanner.operator(last, engines, context);
    }
    throw new OrreryException(ErrorCode.INTERNAL_ERROR, "no operator for plan step " + node.describe());
  }

  /** The rows of an input when it may have any, generated when first needed; null when empty. */
  private Supplier<Operator> rows(PlanNode input) {
    return input instanceof EmptyNode ? null : () -> generate(input);
  }

  private Operator scan(SeriesScanNode scan) {
    Operator operator = new SeriesScanOperator(engines.storage(),
        InputLayout.query(scan.series(), scan.time(), scan.ascending()), context);
    return scan.limited() ? new OffsetLimitOperator(operator, scan.offset(), scan.limit()) : operator;
  }

  private Operator sort(SortNode sort) {
    List<SortOperator.Key> keys = new ArrayList<>();
    for (SortNode.Key key : sort.keys()) {
      keys.add(new SortOperator.Key(key.column() == SortNode.TIME ? SortOperator.TIME : key.column(),
          key.descending(), key.nullsFirst()));
    }
    Operator sorted = new SortOperator(generate(sort.child()), keys, context);
    List<Expr> visible = new ArrayList<>();
    for (int c = 0; c < sort.visible(); c++) {
      visible.add(new InputColumn(c, sort.types().get(c)));
    }
    return new ProjectOperator(sorted, visible);
  }

  /** A binder over the rows of {@code input}: each series is the column its scan puts it in. */
  private ExpressionBinder binder(PlanNode input) {
    InputLayout layout = new InputLayout(rowSeries(input));
    return new ExpressionBinder(engines.functions(), context.time(), layout::column);
  }

  private static List<SeriesInfo> rowSeries(PlanNode node) {
    if (node instanceof SeriesScanNode scan) {
      return scan.series();
    }
    if (node instanceof TimeJoinNode || node instanceof FilterNode) {
      List<SeriesInfo> out = new ArrayList<>();
      for (PlanNode child : node.children()) {
        out.addAll(rowSeries(child));
      }
      return out;
    }
    // Other inputs (e.g. the rows of SELECT LAST) carry no series columns.
    return List.of();
  }

  /** The times the scans under an aggregation read; they were narrowed together. */
  private static TimeIntervals scanTime(PlanNode node) {
    if (node instanceof SeriesScanNode scan) {
      return scan.time();
    }
    for (PlanNode child : node.children()) {
      TimeIntervals time = scanTime(child);
      if (time != null) {
        return time;
      }
    }
    return null;
  }

  private Operator fill(Operator operator, FillSpec spec) {
    if (spec instanceof PreviousFill previous) {
      long threshold = previous.threshold().map(d -> d.toUnits(context.time().precision())).orElse(-1L);
      return new FillOperator(operator, FillOperator.Mode.PREVIOUS, threshold, null, context);
    }
    if (spec instanceof LinearFill) {
      return new FillOperator(operator, FillOperator.Mode.LINEAR, -1, null, context);
    }
    Literal value = ((ConstantFill) spec).value();
    Object constant;
    if (value instanceof IntegerLiteral integer) {
      constant = integer.value();
    } else if (value instanceof DecimalLiteral decimal) {
      constant = decimal.doubleValue();
    } else if (value instanceof BooleanLiteral bool) {
      constant = bool.value();
    } else if (value instanceof StringLiteral string) {
      constant = string.value();
    } else {
      throw new OrreryException(ErrorCode.SEMANTIC_ERROR, "FILL cannot use the constant " + value.toSql());
    }
    return new FillOperator(operator, FillOperator.Mode.CONSTANT, -1, constant, context);
  }
}
