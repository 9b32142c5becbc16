package org.orrery.query.plan;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.orrery.common.block.Block;
import org.orrery.common.block.Column;
import org.orrery.common.path.PartialPath;
import org.orrery.common.type.DataType;
import org.orrery.engine.query.ResultColumn;
import org.orrery.query.analyze.ExpressionBinder;
import org.orrery.query.analyze.ExpressionWalk;
import org.orrery.query.analyze.OutputColumn;
import org.orrery.query.block.Blocks;
import org.orrery.query.expression.Expr;
import org.orrery.query.expression.InputColumn;
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
 * columns are joined on time. A UDTF may sit anywhere in an expression ({@code diff(s1) + 1},
 * {@code abs(diff(s1))}, {@code diff(diff(s1))}): its output is a series that is joined on time
 * with the rows it was computed from, and the enclosing expression reads it as one more column.
 * The input rows are read in ascending time, as UDTFs require.
 */
final class TransformPlanner {
  private TransformPlanner() {}

  /**
   * Values computed over the input rows extended by the outputs of some UDTF calls: the columns
   * of the rows come first, then one column per call, all joined on time.
   *
   * @param values the expressions, bound over the extended rows
   * @param calls the outermost UDTF calls the expressions read
   */
  private record Computed(List<Expr> values, List<Transform> calls) {}

  /** A UDTF call and how its arguments are computed. */
  private record Transform(UdtfCall call, Computed arguments) {}

  static QueryPart plan(PlanningContext planning, List<OutputColumn> columns,
      PlanningContext.ValuePredicate where, InputLayout layout, ExpressionBinder binder) {
    List<Computed> plans = new ArrayList<>();
    List<UdtfCall> calls = new ArrayList<>();
    List<ResultColumn> results = new ArrayList<>();
    try {
      for (OutputColumn column : columns) {
        Computed plan = computed(planning, List.of(column.expression()), layout, calls);
        plans.add(plan);
        results.add(new ResultColumn(column.header(), plan.values().get(0).type()));
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
      }, planning.context, new ArrayList<AutoCloseable>(calls));
      return new QueryPart(results, true, operator, false);
    } catch (RuntimeException e) {
      for (UdtfCall call : calls) {
        call.close();
      }
      throw e;
    }
  }

  /**
   * Plans {@code expressions} over the input rows: their outermost UDTF calls (each planned the
   * same way over its own arguments) become extra columns, read through the binder's leaves.
   * Every UDTF instance created is added to {@code created}, so the caller can release them.
   */
  private static Computed computed(PlanningContext planning, List<Expression> expressions, InputLayout layout,
      List<UdtfCall> created) {
    Map<FunctionCall, Integer> outermost = new LinkedHashMap<>();
    for (Expression expression : expressions) {
      collectOutermost(expression, planning, outermost);
    }
    List<Transform> transforms = new ArrayList<>();
    for (FunctionCall call : outermost.keySet()) {
      transforms.add(transform(planning, call, layout, created));
    }
    int width = layout.series().size();
    ExpressionBinder binder = new ExpressionBinder(planning.engines.functions(), planning.context.time(),
        new ExpressionBinder.Leaves() {
          @Override
          public Expr path(PartialPath path) {
            return layout.column(path);
          }

          @Override
          public Expr call(FunctionCall call) {
            Integer at = outermost.get(call);
            return at == null ? null : new InputColumn(width + at, transforms.get(at).call().outputType());
          }
        });
    List<Expr> values = new ArrayList<>();
    for (Expression expression : expressions) {
      values.add(binder.bind(expression));
    }
    return new Computed(values, transforms);
  }

  private static Transform transform(PlanningContext planning, FunctionCall call, InputLayout layout,
      List<UdtfCall> created) {
    Computed arguments = computed(planning, call.arguments(), layout, created);
    List<String> texts = new ArrayList<>();
    List<DataType> types = new ArrayList<>();
    for (int a = 0; a < call.arguments().size(); a++) {
      texts.add(planning.names.of(call.arguments().get(a)));
      types.add(arguments.values().get(a).type());
    }
    UdtfFactory factory = planning.engines.functions().transform(call.name()).orElseThrow();
    UdtfCall udtf = new UdtfCall(call.name().toLowerCase(java.util.Locale.ROOT), factory, texts, types,
        call.attributes());
    created.add(udtf);
    return new Transform(udtf, arguments);
  }

  /** The UDTF calls of {@code expression} that no other UDTF call encloses, once each. */
  private static void collectOutermost(Expression expression, PlanningContext planning,
      Map<FunctionCall, Integer> out) {
    if (RawQueryPlanner.isTopLevelCall(expression, planning, FunctionKind.TRANSFORM)) {
      out.putIfAbsent((FunctionCall) expression, out.size());
      return;
    }
    for (Expression child : ExpressionWalk.children(expression)) {
      collectOutermost(child, planning, out);
    }
  }

  private static Block join(List<Computed> plans, Block rows, PlanningContext planning) {
    List<Operator> series = new ArrayList<>();
    for (Computed plan : plans) {
      Block extended = extended(plan, rows, planning);
      Column values = plan.values().get(0).evaluate(extended);
      Block points = anyNotNull(extended, new Column[] {values});
      series.add(new BlockListOperator(List.of(values.type()), List.of(points), planning.context));
    }
    return Materializer.drain(new TimeJoinOperator(series, true, planning.context), true, planning.context,
        "transform output");
  }

  /** The input rows joined on time with the output of each of the plan's UDTF calls. */
  private static Block extended(Computed plan, Block rows, PlanningContext planning) {
    if (plan.calls().isEmpty()) {
      return rows;
    }
    List<Operator> parts = new ArrayList<>();
    parts.add(new BlockListOperator(types(rows), List.of(rows), planning.context));
    for (Transform transform : plan.calls()) {
      Block output = run(transform, rows, planning);
      parts.add(new BlockListOperator(List.of(transform.call().outputType()), List.of(output), planning.context));
    }
    return Materializer.drain(new TimeJoinOperator(parts, true, planning.context), true, planning.context,
        "transform input");
  }

  /** The output points of one UDTF call, over the rows where one of its arguments has a value. */
  private static Block run(Transform transform, Block rows, PlanningContext planning) {
    Block extended = extended(transform.arguments(), rows, planning);
    List<Expr> argumentPlans = transform.arguments().values();
    Column[] arguments = new Column[argumentPlans.size()];
    for (int a = 0; a < arguments.length; a++) {
      arguments[a] = argumentPlans.get(a).evaluate(extended);
    }
    return transform.call().run(anyNotNull(extended, arguments), planning.context);
  }

  private static List<DataType> types(Block block) {
    List<DataType> types = new ArrayList<>();
    for (Column column : block.columns()) {
      types.add(column.type());
    }
    return types;
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
