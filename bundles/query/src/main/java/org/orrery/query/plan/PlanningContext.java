package org.orrery.query.plan;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
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
import org.orrery.sql.ast.expression.BooleanLiteral;
import org.orrery.sql.ast.expression.Expression;
import org.orrery.sql.ast.query.QueryStatement;

/**
 * What planning one query (or one device of an ALIGN BY DEVICE query) works with: the services,
 * the statement, the prefixes its suffix paths resolve against, how headers print, the WHERE
 * clause (its time intervals, which SELECT LAST checks, and the resolved predicate) and the
 * resources the analysis creates.
 */
final class PlanningContext {
  final Engines engines;
  final QueryStatement query;
  final PathExpander expander;
  final ColumnNames names;
  final TimeFilter filter;
  final QueryContext context;
  final boolean ascending;
  /** What analysis created that must be released with the query (transform function instances). */
  final List<AutoCloseable> resources;

  PlanningContext(Engines engines, QueryStatement query, List<PartialPath> prefixes, ColumnNames names,
      TimeFilter filter, QueryContext context, boolean ascending, List<AutoCloseable> resources) {
    this.engines = engines;
    this.query = query;
    this.expander = new PathExpander(engines.schema(), prefixes);
    this.names = names;
    this.filter = filter;
    this.context = context;
    this.ascending = ascending;
    this.resources = resources;
  }

  /** The same query over other FROM prefixes, with headers printed by other names. */
  PlanningContext over(List<PartialPath> prefixes, ColumnNames otherNames) {
    return new PlanningContext(engines, query, prefixes, otherNames, filter, context, ascending, resources);
  }

  /**
   * The whole WHERE clause, time predicates included, with its paths resolved (expansions ANDed
   * together); {@code false} when it names series that do not exist, since it can never hold.
   * The optimizer moves its time predicates into the scans.
   */
  Optional<Expression> predicate() {
    if (query.where().isEmpty()) {
      return Optional.empty();
    }
    List<Expression> expanded = expander.expand(query.where().get());
    if (expanded.isEmpty()) {
      return Optional.of(new BooleanLiteral(false));
    }
    Expression all = expanded.get(0);
    for (int i = 1; i < expanded.size(); i++) {
      all = new BinaryExpression(BinaryOperator.AND, all, expanded.get(i));
    }
    return Optional.of(all);
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
}
