package org.orrery.query.plan;

import java.util.ArrayList;
import java.util.List;
import org.orrery.common.block.Block;
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
import org.orrery.query.operator.BlockListOperator;
import org.orrery.query.operator.FilterOperator;
import org.orrery.query.operator.Operator;
import org.orrery.query.operator.ProjectOperator;
import org.orrery.sql.ast.expression.Expression;
import org.orrery.sql.ast.expression.FunctionCall;

/**
 * Plans a query over raw points: scans of the series read (time intervals pushed down, direction
 * of ORDER BY TIME pushed down), a time join, the value filter and the projection of the select
 * expressions, sorted when ORDER BY names expressions ({@link OrderByPlanner}). Transform
 * functions (UDTFs) go to {@link TransformPlanner}.
 */
final class RawQueryPlanner {
  private RawQueryPlanner() {}

  static QueryPart plan(PlanningContext planning) {
    List<OutputColumn> columns = SelectExpansion.expand(planning.query, planning.expander, planning.names);
    if (columns.isEmpty()) {
      return new QueryPart(List.of(), true, new BlockListOperator(List.of(), List.<Block>of(), planning.context), true);
    }
    PlanningContext.ValuePredicate where = planning.valuePredicate();
    List<Expression> read = new ArrayList<>();
    for (OutputColumn column : columns) {
      read.add(column.expression());
    }
    if (where.present()) {
      read.add(where.expression());
    }
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
      return TransformPlanner.plan(planning, columns, where, layout, binder);
    }
    List<Expr> outputs = new ArrayList<>();
    List<ResultColumn> results = new ArrayList<>();
    for (OutputColumn column : columns) {
      Expr bound = binder.bind(column.expression());
      outputs.add(bound);
      results.add(new ResultColumn(column.header(), bound.type()));
    }
    Expr predicate = where.present() ? binder.bind(where.expression()) : null;
    if (predicate != null && predicate.type() != DataType.BOOLEAN) {
      throw new OrreryException(ErrorCode.SEMANTIC_ERROR,
          "WHERE must be a condition, but '" + where.expression().toSql() + "' is " + predicate.type());
    }
    List<DataType> types = new ArrayList<>();
    for (Expr output : outputs) {
      types.add(output.type());
    }
    if (layout.isEmpty() || where.never() || planning.filter.time().isEmpty()) {
      return new QueryPart(results, true, new BlockListOperator(types, List.<Block>of(), planning.context), true);
    }
    // Row-to-row state (diff) needs ascending rows; the result is reversed afterwards instead.
    boolean stateful = outputs.stream().anyMatch(Stateful::in);
    boolean ascending = planning.ascending || stateful;
    Operator operator = layout.scan(planning.engines.storage(), planning.filter.time(), ascending, planning.context);
    if (predicate != null) {
      operator = new FilterOperator(operator, predicate);
    }
    if (!sortExpressions.isEmpty()) {
      List<Expr> withKeys = new ArrayList<>(outputs);
      for (Expression key : sortExpressions) {
        withKeys.add(binder.bind(key));
      }
      operator = OrderByPlanner.sort(new ProjectOperator(operator, withKeys), outputs, planning);
      return new QueryPart(results, true, operator, true);
    }
    operator = new ProjectOperator(operator, outputs);
    return new QueryPart(results, true, operator, ascending == planning.ascending);
  }

  /** Whether the expression is exactly a call of the given kind (not nested in another). */
  static boolean isTopLevelCall(Expression expression, PlanningContext planning, FunctionKind kind) {
    return expression instanceof FunctionCall call
        && planning.engines.functions().kindOf(call.name()).orElse(null) == kind;
  }
}
