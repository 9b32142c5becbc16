package org.orrery.query.plan;

import java.util.ArrayList;
import java.util.List;
import org.orrery.common.block.Block;
import org.orrery.common.block.Column;
import org.orrery.common.error.ErrorCode;
import org.orrery.common.error.OrreryException;
import org.orrery.common.type.DataType;
import org.orrery.engine.query.ResultColumn;
import org.orrery.query.analyze.ExpressionBinder;
import org.orrery.query.analyze.ExpressionWalk;
import org.orrery.query.analyze.OutputColumn;
import org.orrery.query.block.Blocks;
import org.orrery.query.expression.Expr;
import org.orrery.query.function.FunctionRegistry.FunctionKind;
import org.orrery.query.function.UdtfFactory;
import org.orrery.query.operator.BlockListOperator;
import org.orrery.query.operator.FilterOperator;
import org.orrery.query.operator.Materializer;
import org.orrery.query.operator.Operator;
import org.orrery.query.operator.TimeJoinOperator;
import org.orrery.query.udtf.UdtfCall;
import org.orrery.sql.ast.expression.Expression;
import org.orrery.sql.ast.expression.FunctionCall;

/**
 * Plans a SELECT with transform functions (UDTFs such as diff or top_k): every column becomes a
 * series of its own — a UDTF's output points, or an expression's non-null values — and the
 * columns are joined on time. The input rows are read in ascending time, as UDTFs require.
 */
final class TransformPlanner {
  private TransformPlanner() {}

  /** How one output column is computed. */
  private record ColumnPlan(Expr expression, UdtfCall call, List<Expr> arguments) {}

  static QueryPart plan(PlanningContext planning, List<OutputColumn> columns,
      PlanningContext.ValuePredicate where, InputLayout layout, ExpressionBinder binder) {
    List<ColumnPlan> plans = new ArrayList<>();
    List<AutoCloseable> calls = new ArrayList<>();
    List<ResultColumn> results = new ArrayList<>();
    try {
      for (OutputColumn column : columns) {
        ColumnPlan plan = columnPlan(planning, column.expression(), binder);
        if (plan.call() != null) {
          calls.add(plan.call());
        }
        plans.add(plan);
        results.add(new ResultColumn(column.header(),
            plan.call() != null ? plan.call().outputType() : plan.expression().type()));
      }
      Expr predicate = where.present() ? binder.bind(where.expression()) : null;
      List<DataType> types = new ArrayList<>();
      for (ResultColumn result : results) {
        types.add(result.type());
      }
      boolean empty = layout.isEmpty() || where.never() || planning.filter.time().isEmpty();
      Operator operator = new DeferredOperator(types, () -> {
        if (empty) {
          return List.of();
        }
        Operator input = layout.scan(planning.engines.storage(), planning.filter.time(), true, planning.context);
        if (predicate != null) {
          input = new FilterOperator(input, predicate);
        }
        Block rows = Materializer.drain(input, true, planning.context, "transform input");
        return List.of(join(plans, rows, planning));
      }, planning.context, calls);
      return new QueryPart(results, true, operator, false);
    } catch (RuntimeException e) {
      for (AutoCloseable call : calls) {
        ((UdtfCall) call).close();
      }
      throw e;
    }
  }

  private static ColumnPlan columnPlan(PlanningContext planning, Expression expression, ExpressionBinder binder) {
    if (RawQueryPlanner.isTopLevelCall(expression, planning, FunctionKind.TRANSFORM)) {
      FunctionCall call = (FunctionCall) expression;
      List<Expr> arguments = new ArrayList<>();
      List<String> texts = new ArrayList<>();
      List<DataType> types = new ArrayList<>();
      for (Expression argument : call.arguments()) {
        if (ExpressionWalk.calls(argument, planning.engines.functions(), FunctionKind.TRANSFORM)) {
          throw nested(call);
        }
        Expr bound = binder.bind(argument);
        arguments.add(bound);
        texts.add(planning.names.of(argument));
        types.add(bound.type());
      }
      UdtfFactory factory = planning.engines.functions().transform(call.name()).orElseThrow();
      UdtfCall udtf = new UdtfCall(call.name().toLowerCase(java.util.Locale.ROOT), factory, texts, types,
          call.attributes());
      return new ColumnPlan(null, udtf, arguments);
    }
    if (ExpressionWalk.calls(expression, planning.engines.functions(), FunctionKind.TRANSFORM)) {
      throw nested(expression);
    }
    return new ColumnPlan(binder.bind(expression), null, List.of());
  }

  private static OrreryException nested(Expression expression) {
    return new OrreryException(ErrorCode.SEMANTIC_ERROR, "a transform function must be a whole select item, "
        + "not part of '" + expression.toSql() + "'");
  }

  private static Block join(List<ColumnPlan> plans, Block rows, PlanningContext planning) {
    List<Operator> series = new ArrayList<>();
    for (ColumnPlan plan : plans) {
      Block points;
      if (plan.call() != null) {
        Column[] arguments = new Column[plan.arguments().size()];
        for (int a = 0; a < arguments.length; a++) {
          arguments[a] = plan.arguments().get(a).evaluate(rows);
        }
        points = plan.call().run(anyNotNull(rows, arguments), planning.context);
      } else {
        Column values = plan.expression().evaluate(rows);
        points = anyNotNull(rows, new Column[] {values});
      }
      series.add(new BlockListOperator(points.columns().isEmpty() ? List.of() : List.of(points.column(0).type()),
          List.of(points), planning.context));
    }
    return Materializer.drain(new TimeJoinOperator(series, true, planning.context), true, planning.context,
        "transform output");
  }

  /** The rows where at least one of {@code columns} has a value, with just those columns. */
  private static Block anyNotNull(Block rows, Column[] columns) {
    int[] keep = new int[rows.rowCount()];
    int count = 0;
    for (int i = 0; i < rows.rowCount(); i++) {
      for (Column column : columns) {
        if (!column.isNull(i)) {
          keep[count++] = i;
          break;
        }
      }
    }
    return Blocks.select(new Block(rows.times(), List.of(columns), rows.rowCount()), keep, count);
  }
}
