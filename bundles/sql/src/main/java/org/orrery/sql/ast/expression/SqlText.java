package org.orrery.sql.ast.expression;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Writes an expression back as SQL. Operands get parentheses only when their operator binds
 * looser than the context requires, so {@code (a + b) * c} keeps its parentheses and
 * {@code a + b * c} gets none.
 */
final class SqlText implements ExpressionVisitor<String> {
  private static final int PRIMARY = 8;
  private static final int UNARY = 7;
  private static final int PREDICATE = 4;
  private static final int NOT = 3;

  private static final SqlText INSTANCE = new SqlText();

  static String render(Expression expression) {
    return expression.accept(INSTANCE);
  }

  private static int precedence(Expression expression) {
    if (expression instanceof BinaryExpression) {
      return ((BinaryExpression) expression).operator().precedence();
    }
    if (expression instanceof UnaryExpression) {
      return ((UnaryExpression) expression).operator() == UnaryOperator.NOT ? NOT : UNARY;
    }
    if (expression instanceof InExpression
        || expression instanceof BetweenExpression
        || expression instanceof LikeExpression
        || expression instanceof RegexpExpression
        || expression instanceof IsNullExpression) {
      return PREDICATE;
    }
    return PRIMARY;
  }

  private String operand(Expression expression, int required) {
    String text = expression.accept(this);
    return precedence(expression) < required ? "(" + text + ")" : text;
  }

  static String quote(String value) {
    return "'" + value.replace("'", "''") + "'";
  }

  @Override
  public String visitInteger(IntegerLiteral literal) {
    return Long.toString(literal.value());
  }

  @Override
  public String visitDecimal(DecimalLiteral literal) {
    return literal.text();
  }

  @Override
  public String visitString(StringLiteral literal) {
    return quote(literal.value());
  }

  @Override
  public String visitBoolean(BooleanLiteral literal) {
    return literal.value() ? "true" : "false";
  }

  @Override
  public String visitNull(NullLiteral literal) {
    return "null";
  }

  @Override
  public String visitDateTime(DateTimeConstant literal) {
    return literal.value().text();
  }

  @Override
  public String visitDuration(DurationConstant literal) {
    return literal.value().toString();
  }

  @Override
  public String visitNow(NowExpression now) {
    return "now()";
  }

  @Override
  public String visitTimeColumn(TimeColumn time) {
    return "time";
  }

  @Override
  public String visitPath(PathExpression path) {
    return path.path().toString();
  }

  @Override
  public String visitFunctionCall(FunctionCall call) {
    List<String> arguments = new ArrayList<>();
    for (Expression argument : call.arguments()) {
      arguments.add(argument.accept(this));
    }
    for (Map.Entry<String, String> attribute : call.attributes().entrySet()) {
      arguments.add(quote(attribute.getKey()) + "=" + quote(attribute.getValue()));
    }
    return call.name() + "(" + String.join(", ", arguments) + ")";
  }

  @Override
  public String visitBinary(BinaryExpression binary) {
    int own = binary.operator().precedence();
    // Left-associative: the right operand needs a strictly tighter operator.
    return operand(binary.left(), own)
        + " " + binary.operator().symbol() + " "
        + operand(binary.right(), own + 1);
  }

  @Override
  public String visitUnary(UnaryExpression unary) {
    int own = unary.operator() == UnaryOperator.NOT ? NOT : UNARY;
    return unary.operator().symbol() + operand(unary.operand(), own);
  }

  @Override
  public String visitIn(InExpression in) {
    List<String> candidates = new ArrayList<>();
    for (Literal candidate : in.candidates()) {
      candidates.add(candidate.accept(this));
    }
    return operand(in.value(), PREDICATE + 1)
        + (in.negated() ? " NOT IN (" : " IN (")
        + String.join(", ", candidates) + ")";
  }

  @Override
  public String visitBetween(BetweenExpression between) {
    return operand(between.value(), PREDICATE + 1)
        + (between.negated() ? " NOT BETWEEN " : " BETWEEN ")
        + operand(between.lower(), PREDICATE + 1)
        + " AND "
        + operand(between.upper(), PREDICATE + 1);
  }

  @Override
  public String visitLike(LikeExpression like) {
    return operand(like.value(), PREDICATE + 1)
        + (like.negated() ? " NOT LIKE " : " LIKE ")
        + quote(like.pattern());
  }

  @Override
  public String visitRegexp(RegexpExpression regexp) {
    return operand(regexp.value(), PREDICATE + 1)
        + (regexp.negated() ? " NOT REGEXP " : " REGEXP ")
        + quote(regexp.pattern());
  }

  @Override
  public String visitIsNull(IsNullExpression isNull) {
    return operand(isNull.value(), PREDICATE + 1)
        + (isNull.negated() ? " IS NOT NULL" : " IS NULL");
  }

  @Override
  public String visitCast(CastExpression cast) {
    return "CAST(" + cast.value().accept(this) + " AS " + cast.type().name() + ")";
  }

  @Override
  public String visitCase(CaseExpression caseExpression) {
    StringBuilder text = new StringBuilder("CASE");
    caseExpression.operand().ifPresent(operand -> text.append(' ').append(operand.accept(this)));
    for (WhenClause branch : caseExpression.branches()) {
      text.append(" WHEN ").append(branch.condition().accept(this));
      text.append(" THEN ").append(branch.result().accept(this));
    }
    caseExpression.otherwise().ifPresent(other -> text.append(" ELSE ").append(other.accept(this)));
    return text.append(" END").toString();
  }
}
