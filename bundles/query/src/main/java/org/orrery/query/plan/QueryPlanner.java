package org.orrery.query.plan;

import java.util.List;
import java.util.Optional;
import org.orrery.common.error.ErrorCode;
import org.orrery.common.error.OrreryException;
import org.orrery.engine.query.ExecutionResult;
import org.orrery.query.analyze.ColumnNames;
import org.orrery.query.analyze.ExpressionWalk;
import org.orrery.query.analyze.TimeFilter;
import org.orrery.query.context.QueryContext;
import org.orrery.query.function.FunctionRegistry.FunctionKind;
import org.orrery.query.operator.FillOperator;
import org.orrery.query.operator.OffsetLimitOperator;
import org.orrery.query.operator.Operator;
import org.orrery.query.operator.ReverseOperator;
import org.orrery.query.result.OperatorResult;
import org.orrery.query.statement.Engines;
import org.orrery.query.statement.TabletWriter;
import org.orrery.sql.ast.expression.BooleanLiteral;
import org.orrery.sql.ast.expression.DecimalLiteral;
import org.orrery.sql.ast.expression.IntegerLiteral;
import org.orrery.sql.ast.expression.Literal;
import org.orrery.sql.ast.expression.StringLiteral;
import org.orrery.sql.ast.query.AlignBy;
import org.orrery.sql.ast.query.ConstantFill;
import org.orrery.sql.ast.query.FillSpec;
import org.orrery.sql.ast.query.LinearFill;
import org.orrery.sql.ast.query.OrderItem;
import org.orrery.sql.ast.query.PreviousFill;
import org.orrery.sql.ast.query.QueryStatement;
import org.orrery.sql.ast.query.SelectItem;
import org.orrery.sql.ast.query.SortKey;

/**
 * Entry of SELECT: analyses the statement's shape, hands it to the planner of its kind (raw,
 * aggregation, LAST, ALIGN BY DEVICE, INTO) and adds the finishing steps: reversing for ORDER BY
 * TIME DESC where scans could not, FILL, OFFSET and LIMIT.
 */
public final class QueryPlanner {
  private final Engines engines;
  private final TabletWriter writer;

  public QueryPlanner(Engines engines, TabletWriter writer) {
    this.engines = engines;
    this.writer = writer;
  }

  public ExecutionResult execute(QueryStatement query, QueryContext context) {
    if (query.from().isEmpty()) {
      throw new OrreryException(ErrorCode.SEMANTIC_ERROR, "SELECT needs a FROM clause");
    }
    boolean aggregation = !query.lastQuery() && isAggregation(query);
    boolean ascending = ascending(query, aggregation);
    TimeFilter filter = TimeFilter.of(query.where(), context.time());
    PlanningContext planning = new PlanningContext(engines, query, query.from(), ColumnNames.FULL, filter,
        context, ascending);
    if (query.lastQuery()) {
      QueryPart last = LastQueryPlanner.plan(planning);
      return result(finish(last, query, context, true), last, context);
    }
    if (!aggregation && (query.groupBy().isPresent() || query.having().isPresent())) {
      throw new OrreryException(ErrorCode.SEMANTIC_ERROR, "GROUP BY and HAVING need aggregations in SELECT");
    }
    DeviceViewPlanner.PartPlanner planner = aggregation ? AggregationPlanner::plan : RawQueryPlanner::plan;
    QueryPart part;
    if (query.options().alignBy() == AlignBy.DEVICE) {
      part = DeviceViewPlanner.plan(planning, planner, devicesDescending(query));
    } else {
      part = planner.plan(planning);
    }
    Operator finished = finish(part, query, context, ascending);
    QueryPart done = new QueryPart(part.columns(), part.timed(), finished, true);
    if (query.into().isPresent()) {
      if (query.options().alignBy() == AlignBy.DEVICE) {
        finished.close();
        throw new OrreryException(ErrorCode.SEMANTIC_ERROR, "SELECT INTO with ALIGN BY DEVICE is not supported");
      }
      return IntoExecutor.run(done, query.into().get().items(), writer, context);
    }
    return result(done.operator(), part, context);
  }

  private ExecutionResult result(Operator operator, QueryPart part, QueryContext context) {
    return new OperatorResult(part.columns(), part.timed(), operator, context);
  }

  private Operator finish(QueryPart part, QueryStatement query, QueryContext context, boolean ascending) {
    Operator operator = part.operator();
    if (!ascending && !part.ordered()) {
      operator = new ReverseOperator(operator, context);
    }
    Optional<FillSpec> fill = query.fill();
    if (fill.isPresent()) {
      operator = fill(operator, fill.get(), context);
    }
    long offset = query.options().rowOffset().orElse(0);
    long limit = query.options().rowLimit().orElse(-1);
    if (offset < 0 || limit < -1) {
      throw new OrreryException(ErrorCode.SEMANTIC_ERROR, "LIMIT and OFFSET must not be negative");
    }
    if (offset > 0 || limit >= 0) {
      operator = new OffsetLimitOperator(operator, offset, limit);
    }
    return operator;
  }

  private Operator fill(Operator operator, FillSpec spec, QueryContext context) {
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

  private boolean isAggregation(QueryStatement query) {
    boolean aggregate = false;
    for (SelectItem item : query.selectItems()) {
      aggregate |= ExpressionWalk.calls(item.expression(), engines.functions(), FunctionKind.AGGREGATE);
    }
    return aggregate;
  }

  /**
   * The time direction ORDER BY asks for (ascending unless {@code TIME DESC}); checks that its
   * other items suit the query: expressions only order raw queries aligned by time.
   */
  private static boolean ascending(QueryStatement query, boolean aggregation) {
    boolean expressions = OrderByPlanner.sortsOnExpressions(query);
    if (expressions && (query.lastQuery() || aggregation || query.options().alignBy() == AlignBy.DEVICE)) {
      throw new OrreryException(ErrorCode.SEMANTIC_ERROR, "ORDER BY an expression is only supported for raw"
          + " queries aligned by time, not with " + (query.lastQuery() ? "SELECT LAST"
              : aggregation ? "aggregations" : "ALIGN BY DEVICE"));
    }
    if (expressions && query.fill().isPresent()) {
      throw new OrreryException(ErrorCode.SEMANTIC_ERROR, "FILL cannot be combined with ORDER BY an expression");
    }
    for (OrderItem item : query.orderBy()) {
      if (item.key() == SortKey.TIME) {
        return !item.descending();
      }
      if (!query.lastQuery() && item.key() != SortKey.DEVICE && item.key() != SortKey.EXPRESSION) {
        throw new OrreryException(ErrorCode.SEMANTIC_ERROR, "ORDER BY " + item.key() + " is not supported here");
      }
      if (item.key() == SortKey.DEVICE && query.options().alignBy() != AlignBy.DEVICE) {
        throw new OrreryException(ErrorCode.SEMANTIC_ERROR, "ORDER BY DEVICE needs ALIGN BY DEVICE");
      }
    }
    return true;
  }

  private static boolean devicesDescending(QueryStatement query) {
    for (OrderItem item : query.orderBy()) {
      if (item.key() == SortKey.DEVICE) {
        return item.descending();
      }
    }
    return false;
  }

}
