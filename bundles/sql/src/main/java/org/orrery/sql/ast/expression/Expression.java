package org.orrery.sql.ast.expression;

/**
 * A node of an expression tree. The set of node types is closed; use {@link ExpressionVisitor}
 * (or {@code instanceof}) to walk a tree.
 */
public sealed interface Expression
    permits Literal,
        TimeColumn,
        NowExpression,
        PathExpression,
        FunctionCall,
        BinaryExpression,
        UnaryExpression,
        InExpression,
        BetweenExpression,
        LikeExpression,
        RegexpExpression,
        IsNullExpression,
        CastExpression,
        CaseExpression {

  <R> R accept(ExpressionVisitor<R> visitor);

  /** The expression written back as SQL, with parentheses only where precedence needs them. */
  default String toSql() {
    return SqlText.render(this);
  }
}
