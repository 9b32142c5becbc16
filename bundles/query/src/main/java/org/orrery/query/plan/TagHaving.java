package org.orrery.query.plan;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.orrery.common.error.ErrorCode;
import org.orrery.common.error.OrreryException;
import org.orrery.common.path.PartialPath;
import org.orrery.common.time.TimeContext;
import org.orrery.engine.query.ResultColumn;
import org.orrery.query.analyze.ExpressionBinder;
import org.orrery.query.analyze.ExpressionWalk;
import org.orrery.query.analyze.PathExpander;
import org.orrery.query.expression.Expr;
import org.orrery.query.expression.InputColumn;
import org.orrery.query.function.FunctionRegistry;
import org.orrery.query.function.FunctionRegistry.FunctionKind;
import org.orrery.sql.ast.expression.Expression;
import org.orrery.sql.ast.expression.FunctionCall;
import org.orrery.sql.ast.expression.PathExpression;

/**
 * HAVING under GROUP BY TAGS. Each aggregation in the condition, such as {@code avg(temperature)},
 * stands for that aggregation merged over the series of one tag combination, exactly like the
 * column of the same header; so the condition is bound to the columns of the tag rows and decides
 * row by row. Aggregations only HAVING reads are computed as extra, unshown columns.
 */
final class TagHaving {
  private final Expression having;
  private final List<Expression> expansions;
  private final FunctionRegistry functions;
  private final TimeContext time;
  private List<ResultColumn> columns;

  /**
   * @param expansions the per-series calls of every aggregation in {@code having}
   *     ({@link #expandCalls})
   */
  TagHaving(Expression having, List<Expression> expansions, FunctionRegistry functions, TimeContext time) {
    this.having = having;
    this.expansions = List.copyOf(expansions);
    this.functions = functions;
    this.time = time;
  }

  /** The header of a merged aggregation column: {@code avg(temperature)}. */
  static String header(String function, String measurement) {
    return function.toLowerCase(Locale.ROOT) + "(" + measurement + ")";
  }

  /** Every aggregation call of {@code having} expanded to the series it reads. */
  static List<Expression> expandCalls(Expression having, PathExpander expander, FunctionRegistry functions) {
    List<Expression> calls = new ArrayList<>();
    ExpressionWalk.visit(having, e -> {
      if (e instanceof FunctionCall call && functions.kindOf(call.name()).orElse(null) == FunctionKind.AGGREGATE) {
        calls.addAll(expander.expand(call));
      }
    });
    return calls;
  }

  List<Expression> expansions() {
    return expansions;
  }

  /** The columns of the tag rows the condition is evaluated on (keys, shown and extra aggregations). */
  void columns(List<ResultColumn> computed) {
    this.columns = List.copyOf(computed);
  }

  Expr bind() {
    ExpressionBinder binder = new ExpressionBinder(functions, time, new ExpressionBinder.Leaves() {
      @Override
      public Expr path(PartialPath path) {
        throw new OrreryException(ErrorCode.SEMANTIC_ERROR, "HAVING '" + having.toSql()
            + "' may only read aggregations under GROUP BY TAGS, not the series " + path);
      }

      @Override
      public Expr call(FunctionCall call) {
        if (functions.kindOf(call.name()).orElse(null) != FunctionKind.AGGREGATE) {
          return null;
        }
        if (call.arguments().size() != 1 || !(call.arguments().get(0) instanceof PathExpression path)) {
          throw new OrreryException(ErrorCode.SEMANTIC_ERROR,
              "GROUP BY TAGS needs each aggregation to read one series, not '" + call.toSql() + "'");
        }
        String header = header(call.name(), path.path().lastNode());
        for (int c = 0; c < columns.size(); c++) {
          if (columns.get(c).name().equals(header)) {
            return new InputColumn(c, columns.get(c).type());
          }
        }
        throw new OrreryException(ErrorCode.SEMANTIC_ERROR,
            "HAVING '" + having.toSql() + "': " + call.toSql() + " matches no series of the query");
      }
    });
    return binder.bind(having);
  }
}
