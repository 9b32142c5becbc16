package org.orrery.query.plan;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.orrery.common.path.PartialPath;
import org.orrery.engine.schema.SeriesInfo;
import org.orrery.query.analyze.ColumnNames;
import org.orrery.query.analyze.ExpressionWalk;
import org.orrery.query.analyze.PathExpander;
import org.orrery.query.analyze.TimeFilter;
import org.orrery.query.context.QueryContext;
import org.orrery.query.statement.Engines;
import org.orrery.sql.ast.expression.BinaryExpression;
import org.orrery.sql.ast.expression.BinaryOperator;
import org.orrery.sql.ast.expression.Expression;
import org.orrery.sql.ast.query.QueryStatement;

/**
 * What planning one query (or one device of an ALIGN BY DEVICE query) works with: the services,
 * the statement, the prefixes its suffix paths resolve against, how headers print, and the WHERE
 * split into pushed-down time intervals and a value predicate.
 */
final class PlanningContext {
  final Engines engines;
  final QueryStatement query;
  final PathExpander expander;
  final ColumnNames names;
  final TimeFilter filter;
  final QueryContext context;
  final boolean ascending;

  PlanningContext(Engines engines, QueryStatement query, List<PartialPath> prefixes, ColumnNames names,
      TimeFilter filter, QueryContext context, boolean ascending) {
    this.engines = engines;
    this.query = query;
    this.expander = new PathExpander(engines.schema(), prefixes);
    this.names = names;
    this.filter = filter;
    this.context = context;
    this.ascending = ascending;
  }

  /** The value predicate with its paths resolved; expansions are ANDed together. */
  ValuePredicate valuePredicate() {
    if (filter.valueFilter().isEmpty()) {
      return ValuePredicate.NONE;
    }
    List<Expression> expanded = expander.expand(filter.valueFilter().get());
    if (expanded.isEmpty()) {
      return ValuePredicate.NEVER;
    }
    Expression all = expanded.get(0);
    for (int i = 1; i < expanded.size(); i++) {
      all = new BinaryExpression(BinaryOperator.AND, all, expanded.get(i));
    }
    return new ValuePredicate(all, false);
  }

  /** The series the expressions read, as the schema describes them. */
  List<SeriesInfo> seriesOf(List<Expression> expressions) {
    Map<PartialPath, SeriesInfo> out = new LinkedHashMap<>();
    for (Expression expression : expressions) {
      for (PartialPath path : ExpressionWalk.paths(expression)) {
        expander.info(path).ifPresent(info -> out.putIfAbsent(path, info));
      }
    }
    return new ArrayList<>(out.values());
  }

  /**
   * The resolved value predicate: absent, a concrete expression, or one that can never hold
   * (it names series that do not exist).
   */
  record ValuePredicate(Expression expression, boolean never) {
    static final ValuePredicate NONE = new ValuePredicate(null, false);
    static final ValuePredicate NEVER = new ValuePredicate(null, true);

    boolean present() {
      return expression != null;
    }
  }
}
