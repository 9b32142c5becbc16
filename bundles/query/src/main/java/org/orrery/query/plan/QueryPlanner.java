package org.orrery.query.plan;

import java.util.ArrayList;
import java.util.List;
import org.orrery.common.error.ErrorCode;
import org.orrery.common.error.OrreryException;
import org.orrery.common.type.DataType;
import org.orrery.engine.query.ExecutionResult;
import org.orrery.query.analyze.ColumnNames;
import org.orrery.query.analyze.ExpressionWalk;
import org.orrery.query.analyze.TimeFilter;
import org.orrery.query.context.QueryContext;
import org.orrery.query.function.FunctionRegistry.FunctionKind;
import org.orrery.query.operator.Operator;
import org.orrery.common.path.PartialPath;
import org.orrery.query.plan.logical.DeviceViewNode;
import org.orrery.query.plan.logical.FillNode;
import org.orrery.query.plan.logical.IntoNode;
import org.orrery.query.plan.logical.OffsetLimitNode;
import org.orrery.query.plan.logical.PlanNode;
import org.orrery.query.plan.logical.PlanPrinter;
import org.orrery.query.plan.logical.TimeOrderNode;
import org.orrery.query.plan.rule.Optimizer;
import org.orrery.query.result.OperatorResult;
import org.orrery.query.result.TableBuilder;
import org.orrery.query.statement.Engines;
import org.orrery.query.statement.TabletWriter;
import org.orrery.sql.ast.query.AlignBy;
import org.orrery.sql.ast.query.OrderItem;
import org.orrery.sql.ast.query.QueryStatement;
import org.orrery.sql.ast.query.SelectItem;
import org.orrery.sql.ast.query.SortKey;

/**
 * Entry of SELECT, in the stages of the paper's query engine (§5.3): analysis of the statement
 * into a plain logical plan (by the planner of its kind: raw, aggregation, LAST, ALIGN BY DEVICE,
 * with the finishing steps time order, FILL, OFFSET/LIMIT and INTO on top), the optimizer's
 * rules, then operators. EXPLAIN stops after the optimizer and prints the plan.
 */
public final class QueryPlanner {
  /** The header of EXPLAIN's single column, as IoTDB prints it. */
  public static final String EXPLAIN_HEADER = "distribution plan";

  private final Engines engines;
  private final TabletWriter writer;

  public QueryPlanner(Engines engines, TabletWriter writer) {
    this.engines = engines;
    this.writer = writer;
  }

  public ExecutionResult execute(QueryStatement query, QueryContext context) {
    List<AutoCloseable> resources = new ArrayList<>();
    Operator operator = null;
    try {
      QueryPart analysed = analyse(query, context, resources);
      PlanNode plan = Optimizer.standard(context.time()).optimize(analysed.plan());
      OperatorGenerator generator = new OperatorGenerator(engines, context);
      if (plan instanceof IntoNode into) {
        operator = generator.generate(into.child());
        try (Operator source = operator) {
          return into.byDevice()
              ? IntoExecutor.runByDevice(analysed.columns(), into.devices(), source, into.items(), writer, context)
              : IntoExecutor.run(analysed.columns(), source, into.items(), writer, context);
        }
      }
      operator = generator.generate(plan);
      return new OperatorResult(analysed.columns(), analysed.timed(), operator, context);
    } catch (RuntimeException | Error e) {
      if (operator != null) {
        try {
          operator.close();
        } catch (RuntimeException suppressed) {
          e.addSuppressed(suppressed);
        }
      }
      closeAll(resources);
      throw e;
    }
  }

  /** EXPLAIN: the optimised plan, one node per row, indented by depth. */
  public ExecutionResult explain(QueryStatement query, QueryContext context) {
    List<AutoCloseable> resources = new ArrayList<>();
    try {
      PlanNode plan = Optimizer.standard(context.time()).optimize(analyse(query, context, resources).plan());
      TableBuilder table = new TableBuilder().column(EXPLAIN_HEADER, DataType.TEXT);
      for (String line : PlanPrinter.lines(plan)) {
        table.row(line);
      }
      return table.result(context);
    } finally {
      closeAll(resources);
    }
  }

  private static void closeAll(List<AutoCloseable> resources) {
    for (AutoCloseable resource : resources) {
      try {
        resource.close();
      } catch (Exception e) {
        // releasing after a failure: the failure itself is what the user sees
      }
    }
  }

  /** The statement as a plain logical plan: what to compute, nothing pushed down yet. */
  QueryPart analyse(QueryStatement query, QueryContext context, List<AutoCloseable> resources) {
    if (query.from().isEmpty()) {
      throw new OrreryException(ErrorCode.SEMANTIC_ERROR, "SELECT needs a FROM clause");
    }
    boolean aggregation = !query.lastQuery() && isAggregation(query);
    boolean ascending = ascending(query, aggregation);
    TimeFilter filter = TimeFilter.of(query.where(), context.time());
    PlanningContext planning = new PlanningContext(engines, query, query.from(), ColumnNames.FULL, filter,
        context, ascending, resources);
    QueryPart part;
    if (query.lastQuery()) {
      part = LastQueryPlanner.plan(planning);
    } else {
      if (!aggregation && (query.groupBy().isPresent() || query.having().isPresent())) {
        throw new OrreryException(ErrorCode.SEMANTIC_ERROR, "GROUP BY and HAVING need aggregations in SELECT");
      }
      DeviceViewPlanner.PartPlanner planner = aggregation ? AggregationPlanner::plan : RawQueryPlanner::plan;
      part = query.options().alignBy() == AlignBy.DEVICE
          ? DeviceViewPlanner.plan(planning, planner, devicesDescending(query), timeFirst(query))
          : planner.plan(planning);
    }
    PlanNode plan = finish(part, query, ascending || query.lastQuery());
    if (query.into().isPresent()) {
      List<PartialPath> devices = part.plan() instanceof DeviceViewNode view ? view.devices() : List.of();
      plan = new IntoNode(plan, query.into().get().items(), query.options().alignBy() == AlignBy.DEVICE, devices);
    }
    return new QueryPart(part.columns(), part.timed(), plan, true);
  }

  /** The finishing steps: time order where the part is not ordered yet, FILL, OFFSET and LIMIT. */
  private static PlanNode finish(QueryPart part, QueryStatement query, boolean ascending) {
    PlanNode plan = part.plan();
    if (!ascending && !part.ordered()) {
      plan = new TimeOrderNode(plan);
    }
    if (query.fill().isPresent()) {
      plan = new FillNode(plan, query.fill().get());
    }
    long offset = query.options().rowOffset().orElse(0);
    long limit = query.options().rowLimit().orElse(-1);
    if (offset < 0 || limit < -1) {
      throw new OrreryException(ErrorCode.SEMANTIC_ERROR, "LIMIT and OFFSET must not be negative");
    }
    if (offset > 0 || limit >= 0) {
      plan = new OffsetLimitNode(plan, offset, limit);
    }
    return plan;
  }

  private boolean isAggregation(QueryStatement query) {
    boolean aggregate = false;
    for (SelectItem item : query.selectItems()) {
      aggregate |= ExpressionWalk.calls(item.expression(), engines.functions(), FunctionKind.AGGREGATE);
    }
    return aggregate || CountTime.requested(query);
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

  /** Whether ORDER BY names TIME before DEVICE (ALIGN BY DEVICE then orders all rows by time). */
  private static boolean timeFirst(QueryStatement query) {
    return !query.orderBy().isEmpty() && query.orderBy().get(0).key() == SortKey.TIME;
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
