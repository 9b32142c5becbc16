package org.orrery.sql.ast.expression;

import java.util.Objects;
import org.orrery.common.path.PartialPath;

/**
 * A reference to time series: a suffix such as {@code s1}, {@code d1.*} or {@code **} that the
 * query resolves against its FROM prefixes, or a full path starting with {@code root}.
 */
public record PathExpression(PartialPath path) implements Expression {
  public PathExpression {
    Objects.requireNonNull(path, "path");
  }

  @Override
  public <R> R accept(ExpressionVisitor<R> visitor) {
    return visitor.visitPath(this);
  }
}
