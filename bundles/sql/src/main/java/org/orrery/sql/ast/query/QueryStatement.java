package org.orrery.sql.ast.query;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.orrery.common.path.PartialPath;
import org.orrery.sql.ast.Statement;
import org.orrery.sql.ast.StatementFamily;
import org.orrery.sql.ast.expression.Expression;

/**
 * A SELECT statement. FROM holds path prefixes (with wildcards); select expressions are suffixes
 * resolved against them.
 *
 * @param lastQuery SELECT LAST
 */
public record QueryStatement(
    boolean lastQuery,
    List<SelectItem> selectItems,
    Optional<IntoClause> into,
    List<PartialPath> from,
    Optional<Expression> where,
    Optional<GroupByClause> groupBy,
    Optional<Expression> having,
    List<OrderItem> orderBy,
    Optional<FillSpec> fill,
    ResultSetOptions options) implements Statement {
  public QueryStatement {
    selectItems = List.copyOf(selectItems);
    Objects.requireNonNull(into, "into");
    from = List.copyOf(from);
    Objects.requireNonNull(where, "where");
    Objects.requireNonNull(groupBy, "groupBy");
    Objects.requireNonNull(having, "having");
    orderBy = List.copyOf(orderBy);
    Objects.requireNonNull(fill, "fill");
    Objects.requireNonNull(options, "options");
  }

  @Override
  public StatementFamily family() {
    return StatementFamily.QUERY;
  }
}
