package org.orrery.sql.ast.expression;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * {@code CASE [operand] WHEN ... THEN ... [ELSE ...] END}; with an operand each WHEN value is
 * compared to it, without one each WHEN is a condition.
 *
 * @param otherwise the ELSE result
 */
public record CaseExpression(
    Optional<Expression> operand,
    List<WhenClause> branches,
    Optional<Expression> otherwise) implements Expression {
  public CaseExpression {
    Objects.requireNonNull(operand, "operand");
    branches = List.copyOf(branches);
    Objects.requireNonNull(otherwise, "otherwise");
    if (branches.isEmpty()) {
      throw new IllegalArgumentException("CASE needs at least one WHEN branch");
    }
  }

  @Override
  public <R> R accept(ExpressionVisitor<R> visitor) {
    return visitor.visitCase(this);
  }
}
