package org.orrery.query.plan;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.orrery.common.error.ErrorCode;
import org.orrery.common.error.OrreryException;
import org.orrery.query.analyze.OutputColumn;
import org.orrery.sql.ast.expression.Expression;
import org.orrery.sql.ast.expression.FunctionCall;
import org.orrery.sql.ast.expression.PathExpression;
import org.orrery.sql.ast.expression.TimeColumn;
import org.orrery.sql.ast.query.GroupByClause;
import org.orrery.sql.ast.query.QueryStatement;
import org.orrery.sql.ast.query.SelectItem;

/**
 * IoTDB 1.3's {@code count_time(*)}: the number of timestamps of the query's rows, i.e. of the
 * time join of every series {@code *} matches (per device with ALIGN BY DEVICE). It is the count
 * of the joined rows' times, so it is planned as {@code count(Time)} over those series, headed
 * {@code count_time(*)}. As in IoTDB it must be the only select item, its argument only
 * {@code *}, and it cannot go with GROUP BY LEVEL / TAGS or HAVING.
 */
final class CountTime {
  static final String NAME = "count_time";
  private static final String HEADER = "count_time(*)";

  private CountTime() {}

  /** Whether the select list calls count_time. */
  static boolean requested(QueryStatement query) {
    return query.selectItems().stream().anyMatch(item -> isCall(item.expression()));
  }

  private static boolean isCall(Expression expression) {
    return expression instanceof FunctionCall call && call.name().toLowerCase(Locale.ROOT).equals(NAME);
  }

  /** The single output column, after checking the query allows count_time. */
  static OutputColumn column(QueryStatement query) {
    for (SelectItem item : query.selectItems()) {
      if (!isCall(item.expression())) {
        throw new OrreryException(ErrorCode.SEMANTIC_ERROR,
            "count_time(*) cannot be selected together with '" + item.expression().toSql() + "'");
      }
      FunctionCall call = (FunctionCall) item.expression();
      if (call.arguments().size() != 1 || !(call.arguments().get(0) instanceof PathExpression path)
          || path.path().length() != 1 || !path.path().node(0).equals("*")) {
        throw new OrreryException(ErrorCode.SEMANTIC_ERROR,
            "count_time only takes *, not '" + call.toSql() + "'");
      }
    }
    GroupByClause groupBy = query.groupBy().orElse(null);
    if (groupBy != null && (groupBy.byLevel() || groupBy.byTags())) {
      throw new OrreryException(ErrorCode.SEMANTIC_ERROR, "count_time(*) cannot be used with GROUP BY LEVEL or TAGS");
    }
    if (query.having().isPresent()) {
      throw new OrreryException(ErrorCode.SEMANTIC_ERROR, "count_time(*) cannot be used with HAVING");
    }
    FunctionCall countTimes = new FunctionCall("count", List.of(new TimeColumn()), Map.of());
    String header = query.selectItems().get(0).alias().orElse(HEADER);
    return new OutputColumn(countTimes, header);
  }

  /** The series whose rows count: those {@code *} matches under FROM. */
  static List<Expression> series() {
    List<Expression> out = new ArrayList<>();
    out.add(new PathExpression(org.orrery.common.path.PartialPath.of("*")));
    return out;
  }
}
