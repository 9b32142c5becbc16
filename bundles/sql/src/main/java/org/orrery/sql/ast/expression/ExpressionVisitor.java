package org.orrery.sql.ast.expression;

/**
 * Walks an expression tree: one method per node type. Later stages (type inference, rewriting,
 * operator building) implement it.
 *
 * @param <R> what a visit returns
 */
public interface ExpressionVisitor<R> {
  R visitInteger(IntegerLiteral literal);

  R visitDecimal(DecimalLiteral literal);

  R visitString(StringLiteral literal);

  R visitBoolean(BooleanLiteral literal);

  R visitNull(NullLiteral literal);

  R visitDateTime(DateTimeConstant literal);

  R visitDuration(DurationConstant literal);

  R visitNow(NowExpression now);

  R visitTimeColumn(TimeColumn time);

  R visitPath(PathExpression path);

  R visitFunctionCall(FunctionCall call);

  R visitBinary(BinaryExpression binary);

  R visitUnary(UnaryExpression unary);

  R visitIn(InExpression in);

  R visitBetween(BetweenExpression between);

  R visitLike(LikeExpression like);

  R visitRegexp(RegexpExpression regexp);

  R visitIsNull(IsNullExpression isNull);

  R visitCast(CastExpression cast);

  R visitCase(CaseExpression caseExpression);
}
