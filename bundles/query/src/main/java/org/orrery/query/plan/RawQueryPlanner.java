package org.orrery.query.plan;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.orrery.common.error.ErrorCode;
import org.orrery.common.error.OrreryException;
import org.orrery.common.type.DataType;
import org.orrery.engine.query.ResultColumn;
import org.orrery.query.analyze.ExpressionBinder;
import org.orrery.query.analyze.ExpressionWalk;
import org.orrery.query.analyze.OutputColumn;
import org.orrery.query.analyze.SelectExpansion;
import org.orrery.query.expression.Expr;
import org.orrery.query.expression.Stateful;
import org.orrery.query.function.FunctionRegistry.FunctionKind;
import org.orrery.query.plan.logical.EmptyNode;
import org.orrery.query.plan.logical.FilterNode;
import org.orrery.query.plan.logical.PlanNode;
import org.orrery.query.plan.logical.ProjectNode;
import org.orrery.sql.ast.expression.Expression;
import org.orrery.sql.ast.expression.FunctionCall;

/**
 * Analyses a query over raw points into its logical plan: scans of the series read joined on
 * time, the WHERE clause as a filter, the projection of the select expressions, sorted when ORDER
 * BY names expressions ({@link OrderByPlanner}). Expressions are bound here once, so type errors
 * surface before anything runs. Transform functions (UDTFs) go to {@link TransformPlanner}.
 */
final class RawQueryPlanner {
  private RawQueryPlanner() {}

  static QueryPart plan(PlanningContext planning) {
    List<OutputColumn> columns = SelectExpansion.expand(planning.query, planning.expander, planning.names);
    if (columns.isEmpty()) {
      return new QueryPart(List.of(), true, new EmptyNode(List.of()), true);
    }
    Optional<Expression> where = planning.predicate();
    List<Expression> read = new ArrayList<>();
    for (OutputColumn column : columns) {
      read.add(column.expression());
    }
    where.ifPresent(read::add);
    List<Expression> sortExpressions = OrderByPlanner.expressions(planning);
    read.addAll(sortExpressions);
    InputLayout layout = new InputLayout(planning.seriesOf(read));
    ExpressionBinder binder = new ExpressionBinder(
        planning.engines.functions(), planning.context.time(), layout::column);
    boolean transform = false;
    for (OutputColumn column : columns) {
      transform |= ExpressionWalk.calls(column.expression(), planning.engines.functions(), FunctionKind.TRANSFORM);
    }
    if (transform) {
      if (!sortExpressions.isEmpty()) {
        throw new OrreryException(ErrorCode.SEMANTIC_ERROR,
            "ORDER BY an expression cannot be combined with transform functions in SELECT");
      }
      return TransformPlanner.plan(planning, columns, input(layout, where, binder), layout);
    }
    List<Expression> outputs = new ArrayList<>();
    List<DataType> types = new ArrayList<>();
    List<ResultColumn> results = new ArrayList<>();
    boolean stateful = false;
    for (OutputColumn column : columns) {
      Expr bound = binder.bind(column.expression());
      outputs.add(column.expression());
      types.add(bound.type());
      results.add(new ResultColumn(column.header(), bound.type()));
      stateful |= Stateful.in(bound);
    }
    PlanNode input = input(layout, where, binder);
    if (!sortExpressions.isEmpty()) {
      List<Expression> withKeys = new ArrayList<>(outputs);
      List<DataType> keyTypes = new ArrayList<>(types);
      for (Expression key : sortExpressions) {
        withKeys.add(key);
        keyTypes.add(binder.bind(key).type());
      }
      PlanNode sorted = OrderByPlanner.sort(new ProjectNode(input, withKeys, keyTypes, stateful), outputs.size(),
          planning);
      return new QueryPart(results, true, sorted, true);
    }
    return new QueryPart(results, true, new ProjectNode(input, outputs, types, stateful), false);
  }

  /** The scans of the series read, joined on time, under the WHERE clause when there is one. */
  static PlanNode input(InputLayout layout, Optional<Expression> where, ExpressionBinder binder) {
    PlanNode joined = layout.plan();
    if (where.isEmpty()) {
      return joined;
    }
    Expr predicate = binder.bind(where.get());
    if (predicate.type() != DataType.BOOLEAN) {
      throw new OrreryException(ErrorCode.SEMANTIC_ERROR,
          "WHERE must be a condition, but '" + where.get().toSql() + "' is " + predicate.type());
    }
    return new FilterNode(joined, where.get());
  }

  /** Whether the expression is exactly a call of the given kind (not nested in another). */
  static boolean isTopLevelCall(Expression expression, PlanningContext planning, FunctionKind kind) {
    return expression instanceof FunctionCall call
        && planning.engines.functions().kindOf(call.name()).orElse(null) == kind;
  }
}
