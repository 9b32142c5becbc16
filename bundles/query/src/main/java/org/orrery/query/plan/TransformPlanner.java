package org.orrery.query.plan;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.orrery.common.block.Block;
import org.orrery.common.path.PartialPath;
import org.orrery.common.type.DataType;
import org.orrery.engine.query.ResultColumn;
import org.orrery.query.analyze.ExpressionBinder;
import org.orrery.query.analyze.ExpressionWalk;
import org.orrery.query.analyze.OutputColumn;
import org.orrery.query.expression.Expr;
import org.orrery.query.expression.InputColumn;
import org.orrery.query.function.FunctionRegistry.FunctionKind;
import org.orrery.query.function.UdtfFactory;
import org.orrery.query.operator.BlockListOperator;
import org.orrery.query.operator.NonNullProjectOperator;
import org.orrery.query.operator.SharedInput;
import org.orrery.query.operator.Operator;
import org.orrery.query.operator.TimeJoinOperator;
import org.orrery.query.plan.logical.PlanNode;
import org.orrery.query.plan.logical.TransformNode;
import org.orrery.query.udtf.UdtfCall;
import org.orrery.query.udtf.UdtfOperator;
import org.orrery.query.context.QueryContext;
import org.orrery.sql.ast.expression.Expression;
import org.orrery.sql.ast.expression.FunctionCall;

/**
 * Plans a SELECT with transform functions (UDTFs such as diff or top_k): every column becomes a
 * series of its own — a UDTF's output points, or an expression's non-null values — and the
 * columns are joined on time. A UDTF may sit anywhere in an expression ({@code diff(s1) + 1},
 * {@code abs(diff(s1))}, {@code diff(diff(s1))}): its output is a series that is joined on time
 * with the rows it was computed from, and the enclosing expression reads it as one more column.
 * The input rows are read once, in ascending time as UDTFs require, and streamed: no step holds
 * more than the rows its windows still need.
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

  static QueryPart plan(PlanningContext planning, List<OutputColumn> columns, PlanNode input, InputLayout layout) {
    List<Computed> plans = new ArrayList<>();
    List<UdtfCall> calls = new ArrayList<>();
    List<ResultColumn> results = new ArrayList<>();
    try {
      for (OutputColumn column : columns) {
        Computed plan = computed(planning, List.of(column.expression()), layout, calls);
        plans.add(plan);
        results.add(new ResultColumn(column.header(), plan.values().get(0).type()));
      }
    } catch (RuntimeException e) {
      for (UdtfCall call : calls) {
        call.close();
      }
      throw e;
    }
    planning.resources.addAll(calls);
    List<DataType> types = new ArrayList<>();
    for (ResultColumn result : results) {
      types.add(result.type());
    }
    List<String> texts = new ArrayList<>();
    for (OutputColumn column : columns) {
      texts.add(column.expression().toSql());
    }
    Details details = new Details(plans, calls, types, texts.toString());
    return new QueryPart(results, true, new TransformNode(input, details), false);
  }

  /** A transform as the analysis bound it, and how it runs over the drained input rows. */
  static final class Details implements TransformNode.TransformSpec {
    private final List<Computed> plans;
    private final List<UdtfCall> calls;
    private final List<DataType> types;
    private final String text;

    private Details(List<Computed> plans, List<UdtfCall> calls, List<DataType> types, String text) {
      this.plans = plans;
      this.calls = calls;
      this.types = List.copyOf(types);
      this.text = text;
    }

    @Override
    public List<DataType> types() {
      return types;
    }

    @Override
    public String describe() {
      return text;
    }

    /**
     * The transform's rows, streamed: the input is read once, in ascending time, and shared by
     * the columns and the UDTF calls; each call sees its windows as soon as they are complete.
     * Closing the operator releases the UDTF instances.
     *
     * @param rows the input rows in ascending time, or null when the input is known to be empty
     */
    Operator operator(java.util.function.Supplier<Operator> rows, QueryContext context) {
      List<AutoCloseable> owned = new ArrayList<AutoCloseable>(calls);
      if (rows == null) {
        return new StreamedTransform(new BlockListOperator(types, List.of(), context), owned);
      }
      SharedInput input = new SharedInput(rows.get(), context);
      owned.add(0, input);
      try {
        List<Operator> columns = new ArrayList<>();
        for (Computed plan : plans) {
          columns.add(new NonNullProjectOperator(extended(plan, input, context), List.of(plan.values().get(0))));
        }
        return new StreamedTransform(new TimeJoinOperator(columns, true, context), owned);
      } catch (RuntimeException e) {
        input.close();
        throw e;
      }
    }
  }

  /** The input rows joined on time with the streamed output of each of the plan's UDTF calls. */
  private static Operator extended(Computed plan, SharedInput input, QueryContext context) {
    Operator rows = input.reader();
    if (plan.calls().isEmpty()) {
      return rows;
    }
    List<Operator> parts = new ArrayList<>();
    parts.add(rows);
    for (Transform transform : plan.calls()) {
      Operator argumentRows = extended(transform.arguments(), input, context);
      Operator arguments = new NonNullProjectOperator(argumentRows, transform.arguments().values());
      parts.add(new UdtfOperator(arguments, transform.call(), context));
    }
    return new TimeJoinOperator(parts, true, context);
  }

  /** The joined columns of a transform query, owning the shared input and the UDTF instances. */
  private static final class StreamedTransform implements Operator {
    private final Operator rows;
    private final List<AutoCloseable> owned;

    StreamedTransform(Operator rows, List<AutoCloseable> owned) {
      this.rows = rows;
      this.owned = owned;
    }

    @Override
    public List<DataType> types() {
      return rows.types();
    }

    @Override
    public Block next() {
      return rows.next();
    }

    @Override
    public void close() {
      rows.close();
      RuntimeException failure = null;
      for (AutoCloseable resource : owned) {
        try {
          resource.close();
        } catch (Exception e) {
          if (failure == null) {
            failure = e instanceof RuntimeException r ? r : new IllegalStateException(e.getMessage(), e);
          }
        }
      }
      if (failure != null) {
        throw failure;
      }
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
}
