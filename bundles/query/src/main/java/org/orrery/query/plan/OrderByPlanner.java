package org.orrery.query.plan;

import java.util.ArrayList;
import java.util.List;
import org.orrery.common.error.ErrorCode;
import org.orrery.common.error.OrreryException;
import org.orrery.query.plan.logical.PlanNode;
import org.orrery.query.plan.logical.SortNode;
import org.orrery.sql.ast.expression.Expression;
import org.orrery.sql.ast.query.NullOrdering;
import org.orrery.sql.ast.query.OrderItem;
import org.orrery.sql.ast.query.QueryStatement;
import org.orrery.sql.ast.query.SortKey;

/**
 * ORDER BY over expressions of a raw query ({@code ORDER BY s1 DESC, TIME}): each sort expression
 * is computed as a hidden column next to the selected ones, the rows are sorted on the ORDER BY
 * items in order (nulls last unless {@code NULLS FIRST}), and the hidden columns are dropped.
 */
final class OrderByPlanner {
  private OrderByPlanner() {}

  /** Whether the statement orders by anything other than TIME and DEVICE. */
  static boolean sortsOnExpressions(QueryStatement query) {
    return query.orderBy().stream().anyMatch(item -> item.key() == SortKey.EXPRESSION);
  }

  /** The sort expressions with their paths resolved; each must name exactly one series. */
  static List<Expression> expressions(PlanningContext planning) {
    List<Expression> out = new ArrayList<>();
    for (OrderItem item : planning.query.orderBy()) {
      if (item.key() != SortKey.EXPRESSION) {
        continue;
      }
      Expression expression = item.expression().orElseThrow();
      List<Expression> expanded = planning.expander.expand(expression);
      if (expanded.size() != 1) {
        throw new OrreryException(ErrorCode.SEMANTIC_ERROR, "ORDER BY '" + expression.toSql()
            + "' must name exactly one series, but matches " + expanded.size());
      }
      out.add(expanded.get(0));
    }
    return out;
  }

  /**
   * Sorts rows whose first {@code visible} columns are the result and whose following columns
   * are the sort expressions, keeping only the result columns.
   */
  static SortNode sort(PlanNode rows, int visible, PlanningContext planning) {
    List<SortNode.Key> keys = new ArrayList<>();
    int hidden = visible;
    for (OrderItem item : planning.query.orderBy()) {
      boolean nullsFirst = item.nulls().orElse(NullOrdering.LAST) == NullOrdering.FIRST;
      if (item.key() == SortKey.TIME) {
        keys.add(new SortNode.Key(SortNode.TIME, item.descending(), nullsFirst));
      } else if (item.key() == SortKey.EXPRESSION) {
        keys.add(new SortNode.Key(hidden++, item.descending(), nullsFirst));
      }
    }
    return new SortNode(rows, keys, visible);
  }
}
