package org.orrery.query.plan;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.orrery.common.error.ErrorCode;
import org.orrery.common.error.OrreryException;
import org.orrery.common.path.PartialPath;
import org.orrery.common.type.DataType;
import org.orrery.engine.function.AggregateFunction;
import org.orrery.engine.function.BoundAggregate;
import org.orrery.engine.function.FunctionArguments;
import org.orrery.query.aggregate.AggregateSlot;
import org.orrery.query.analyze.ColumnNames;
import org.orrery.query.analyze.ExpressionBinder;
import org.orrery.query.analyze.ExpressionWalk;
import org.orrery.query.expression.Expr;
import org.orrery.query.expression.InputColumn;
import org.orrery.query.function.FunctionRegistry;
import org.orrery.query.function.FunctionRegistry.FunctionKind;
import org.orrery.sql.ast.expression.Expression;
import org.orrery.sql.ast.expression.FunctionCall;
import org.orrery.sql.ast.expression.PathExpression;

/**
 * Finds the aggregations of select and HAVING expressions, binds each distinct one once to its
 * argument types, and binds the expressions around them over the aggregation results.
 */
final class SlotCollector {
  private final FunctionRegistry functions;
  private final ExpressionBinder rowBinder;
  private final Map<String, Integer> index = new LinkedHashMap<>();
  private final List<AggregateSlot> slots = new ArrayList<>();

  /** @param rowBinder binds aggregation arguments over the joined input rows */
  SlotCollector(FunctionRegistry functions, ExpressionBinder rowBinder) {
    this.functions = functions;
    this.rowBinder = rowBinder;
  }

  List<AggregateSlot> slots() {
    return slots;
  }

  /** The slot of an aggregation call, bound on first sight. */
  int slot(FunctionCall call) {
    String key = ColumnNames.FULL.of(call);
    Integer existing = index.get(key);
    if (existing != null) {
      return existing;
    }
    AggregateFunction function = functions.aggregate(call.name()).orElseThrow();
    List<Expr> arguments = new ArrayList<>();
    List<DataType> types = new ArrayList<>();
    org.orrery.query.analyze.FunctionLiterals.Split split = org.orrery.query.analyze.FunctionLiterals.split(call);
    for (Expression argument : split.arguments()) {
      if (ExpressionWalk.calls(argument, functions, FunctionKind.AGGREGATE)) {
        throw new OrreryException(ErrorCode.SEMANTIC_ERROR,
            "aggregations cannot be nested: '" + call.toSql() + "'");
      }
      Expr bound = rowBinder.bind(argument);
      arguments.add(bound);
      types.add(bound.type());
    }
    BoundAggregate bound = function.bind(
        new FunctionArguments(call.name().toLowerCase(Locale.ROOT), types, split.attributes()));
    PartialPath series = call.arguments().size() == 1 && call.arguments().get(0) instanceof PathExpression path
        ? path.path() : null;
    slots.add(new AggregateSlot(key, call, bound, arguments, series));
    index.put(key, slots.size() - 1);
    return slots.size() - 1;
  }

  /** A binder for expressions over aggregation results: each call is its slot's column. */
  ExpressionBinder resultBinder(org.orrery.common.time.TimeContext time) {
    return new ExpressionBinder(functions, time, new ExpressionBinder.Leaves() {
      @Override
      public Expr path(PartialPath path) {
        throw new OrreryException(ErrorCode.SEMANTIC_ERROR,
            "raw series " + path + " cannot be selected together with aggregations");
      }

      @Override
      public Expr call(FunctionCall call) {
        if (functions.kindOf(call.name()).orElse(null) != FunctionKind.AGGREGATE) {
          return null;
        }
        int s = slot(call);
        return new InputColumn(s, slots.get(s).bound().outputType());
      }
    });
  }
}
