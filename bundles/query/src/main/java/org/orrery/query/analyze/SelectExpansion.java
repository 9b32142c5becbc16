package org.orrery.query.analyze;

import java.util.ArrayList;
import java.util.List;
import org.orrery.common.error.ErrorCode;
import org.orrery.common.error.OrreryException;
import org.orrery.sql.ast.expression.Expression;
import org.orrery.sql.ast.query.AlignBy;
import org.orrery.sql.ast.query.QueryStatement;
import org.orrery.sql.ast.query.ResultSetOptions;
import org.orrery.sql.ast.query.SelectItem;

/** Expands the SELECT list into result columns and applies SLIMIT / SOFFSET to them. */
public final class SelectExpansion {
  private SelectExpansion() {}

  public static List<OutputColumn> expand(QueryStatement query, PathExpander expander, ColumnNames names) {
    List<OutputColumn> columns = new ArrayList<>();
    expandByItem(query, expander, names).forEach(columns::addAll);
    return seriesPage(columns, query.options());
  }

  /** The columns of each select item, before SLIMIT / SOFFSET. */
  public static List<List<OutputColumn>> expandByItem(QueryStatement query, PathExpander expander,
      ColumnNames names) {
    List<List<OutputColumn>> items = new ArrayList<>();
    for (SelectItem item : query.selectItems()) {
      List<OutputColumn> columns = new ArrayList<>();
      items.add(columns);
      List<Expression> expanded = expander.expand(item.expression());
      if (item.alias().isPresent() && expanded.size() > 1) {
        throw new OrreryException(ErrorCode.SEMANTIC_ERROR, "alias '" + item.alias().get()
            + "' can only name one column, but '" + item.expression().toSql() + "' matches "
            + expanded.size());
      }
      for (Expression expression : expanded) {
        columns.add(new OutputColumn(expression, item.alias().orElseGet(() -> names.of(expression))));
      }
    }
    return items;
  }

  /** SOFFSET / SLIMIT over the expanded columns. */
  public static <T> List<T> seriesPage(List<T> columns, ResultSetOptions options) {
    long offset = options.seriesOffset().orElse(0);
    if (offset > 0 && offset >= columns.size() && options.alignBy() != AlignBy.DEVICE) {
      // IoTDB refuses such a query rather than answering with no columns (ALIGN BY DEVICE pages
      // each device's columns, where a device may simply have fewer)
      throw new OrreryException(ErrorCode.SEMANTIC_ERROR, "SOFFSET " + offset
          + " is equal to or exceeds the number of series the query selects (" + columns.size() + ")");
    }
    int from = (int) Math.min(columns.size(), offset);
    long limit = options.seriesLimit().orElse(Long.MAX_VALUE);
    int to = (int) Math.min(columns.size(), from + Math.min(limit, Integer.MAX_VALUE));
    return new ArrayList<>(columns.subList(from, to));
  }
}
