package org.orrery.query.analyze;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import org.orrery.common.path.PartialPath;
import org.orrery.sql.ast.expression.BetweenExpression;
import org.orrery.sql.ast.expression.BinaryExpression;
import org.orrery.sql.ast.expression.BinaryOperator;
import org.orrery.sql.ast.expression.BooleanLiteral;
import org.orrery.sql.ast.expression.CaseExpression;
import org.orrery.sql.ast.expression.CastExpression;
import org.orrery.sql.ast.expression.DateTimeConstant;
import org.orrery.sql.ast.expression.DecimalLiteral;
import org.orrery.sql.ast.expression.DurationConstant;
import org.orrery.sql.ast.expression.Expression;
import org.orrery.sql.ast.expression.FunctionCall;
import org.orrery.sql.ast.expression.InExpression;
import org.orrery.sql.ast.expression.IntegerLiteral;
import org.orrery.sql.ast.expression.IsNullExpression;
import org.orrery.sql.ast.expression.LikeExpression;
import org.orrery.sql.ast.expression.Literal;
import org.orrery.sql.ast.expression.NowExpression;
import org.orrery.sql.ast.expression.NullLiteral;
import org.orrery.sql.ast.expression.PathExpression;
import org.orrery.sql.ast.expression.RegexpExpression;
import org.orrery.sql.ast.expression.StringLiteral;
import org.orrery.sql.ast.expression.TimeColumn;
import org.orrery.sql.ast.expression.UnaryExpression;
import org.orrery.sql.ast.expression.UnaryOperator;
import org.orrery.sql.ast.expression.WhenClause;

/**
 * Result column headers as IoTDB prints them: full series paths, function names in lower case
 * with attributes as {@code "k"="v"}, logical operators as {@code & | !}, parentheses only where
 * precedence needs them.
 */
public final class ColumnNames {
  private static final int PRIMARY = 8;
  private static final int UNARY = 7;
  private static final int PREDICATE = 4;
  private static final int NOT = 3;

  private final Function<PartialPath, String> paths;

  /** @param paths how a path prints (full path, or the measurement suffix for ALIGN BY DEVICE) */
  public ColumnNames(Function<PartialPath, String> paths) {
    this.paths = paths;
  }

  /** Headers with full paths. */
  public static final ColumnNames FULL = new ColumnNames(PartialPath::toString);

  public String of(Expression expression) {
    if (expression instanceof IntegerLiteral literal) {
      return Long.toString(literal.value());
    }
    if (expression instanceof DecimalLiteral literal) {
      return literal.text();
    }
    if (expression instanceof StringLiteral literal) {
      return "'" + literal.value() + "'";
    }
    if (expression instanceof BooleanLiteral literal) {
      return Boolean.toString(literal.value());
    }
    if (expression instanceof NullLiteral) {
      return "null";
    }
    if (expression instanceof DateTimeConstant literal) {
      return literal.value().text();
    }
    if (expression instanceof DurationConstant literal) {
      return literal.value().toString();
    }
    if (expression instanceof NowExpression) {
      return "now()";
    }
    if (expression instanceof TimeColumn) {
      return "Time";
    }
    if (expression instanceof PathExpression path) {
      return paths.apply(path.path());
    }
    if (expression instanceof FunctionCall call) {
      List<String> arguments = new ArrayList<>();
      for (Expression argument : call.arguments()) {
        arguments.add(of(argument));
      }
      for (Map.Entry<String, String> attribute : call.attributes().entrySet()) {
        arguments.add("\"" + attribute.getKey() + "\"=\"" + attribute.getValue() + "\"");
      }
      return call.name().toLowerCase(Locale.ROOT) + "(" + String.join(", ", arguments) + ")";
    }
    if (expression instanceof BinaryExpression binary) {
      int own = binary.operator().precedence();
      return operand(binary.left(), own) + " " + symbol(binary.operator()) + " "
          + operand(binary.right(), own + 1);
    }
    if (expression instanceof UnaryExpression unary) {
      String symbol = switch (unary.operator()) {
        case NOT -> "!";
        case NEGATE -> "-";
        case PLUS -> "+";
      };
      return symbol + operand(unary.operand(), unary.operator() == UnaryOperator.NOT ? NOT : UNARY);
    }
    if (expression instanceof InExpression in) {
      List<String> candidates = new ArrayList<>();
      for (Literal candidate : in.candidates()) {
        candidates.add(of(candidate));
      }
      return operand(in.value(), PREDICATE + 1) + (in.negated() ? " NOT IN (" : " IN (")
          + String.join(",", candidates) + ")";
    }
    if (expression instanceof BetweenExpression between) {
      return operand(between.value(), PREDICATE + 1)
          + (between.negated() ? " NOT BETWEEN " : " BETWEEN ")
          + operand(between.lower(), PREDICATE + 1) + " AND " + operand(between.upper(), PREDICATE + 1);
    }
    if (expression instanceof LikeExpression like) {
      return operand(like.value(), PREDICATE + 1) + (like.negated() ? " NOT LIKE '" : " LIKE '")
          + like.pattern() + "'";
    }
    if (expression instanceof RegexpExpression regexp) {
      return operand(regexp.value(), PREDICATE + 1)
          + (regexp.negated() ? " NOT REGEXP '" : " REGEXP '") + regexp.pattern() + "'";
    }
    if (expression instanceof IsNullExpression isNull) {
      return operand(isNull.value(), PREDICATE + 1) + (isNull.negated() ? " IS NOT NULL" : " IS NULL");
    }
    if (expression instanceof CastExpression cast) {
      return "CAST(" + of(cast.value()) + " AS " + cast.type().name() + ")";
    }
    CaseExpression caseExpression = (CaseExpression) expression;
    StringBuilder text = new StringBuilder("CASE");
    caseExpression.operand().ifPresent(operand -> text.append(' ').append(of(operand)));
    for (WhenClause branch : caseExpression.branches()) {
      text.append(" WHEN ").append(of(branch.condition())).append(" THEN ").append(of(branch.result()));
    }
    caseExpression.otherwise().ifPresent(other -> text.append(" ELSE ").append(of(other)));
    return text.append(" END").toString();
  }

  private static String symbol(BinaryOperator operator) {
    return switch (operator) {
      case AND -> "&";
      case OR -> "|";
      default -> operator.symbol();
    };
  }

  private String operand(Expression expression, int required) {
    String text = of(expression);
    return precedence(expression) < required ? "(" + text + ")" : text;
  }

  private static int precedence(Expression expression) {
    if (expression instanceof BinaryExpression binary) {
      return binary.operator().precedence();
    }
    if (expression instanceof UnaryExpression unary) {
      return unary.operator() == UnaryOperator.NOT ? NOT : UNARY;
    }
    if (expression instanceof InExpression || expression instanceof BetweenExpression
        || expression instanceof LikeExpression || expression instanceof RegexpExpression
        || expression instanceof IsNullExpression) {
      return PREDICATE;
    }
    return PRIMARY;
  }
}
