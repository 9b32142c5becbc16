package org.orrery.query.analyze;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
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
 * Result column headers as IoTDB prints them: full series paths, aggregation names in lower case
 * (other functions as written) with attributes as {@code "k"="v"}, logical operators as {@code & | !}, parentheses only where
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
      // IoTDB prints text constants in double quotes, telling "1" from the number 1
      return "\"" + literal.value() + "\"";
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
      String special = sqlFunctionForm(call);
      if (special != null) {
        return special;
      }
      List<String> arguments = new ArrayList<>();
      for (Expression argument : call.arguments()) {
        arguments.add(of(argument));
      }
      for (Map.Entry<String, String> attribute : call.attributes().entrySet()) {
        arguments.add("\"" + attribute.getKey() + "\"=\"" + attribute.getValue() + "\"");
      }
      return shownName(call.name()) + "(" + String.join(", ", arguments) + ")";
    }
    if (expression instanceof BinaryExpression binary) {
      int own = binary.operator().precedence();
      return operand(binary.left(), own) + " " + symbol(binary.operator()) + " "
          + operand(binary.right(), own + 1);
    }
    if (expression instanceof UnaryExpression unary) {
      if (unary.operator() == UnaryOperator.PLUS) {
        // IoTDB drops a unary plus: '+ s2' is headed root.sg.d1.s2
        return of(unary.operand());
      }
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
          + likeAsRegex(like.pattern()) + "'";
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
    // IoTDB turns CASE x WHEN v ... into CASE WHEN x = v ... and prints it without END
    // ("Function and Expression", Conditional Expressions)
    CaseExpression caseExpression = (CaseExpression) expression;
    StringBuilder text = new StringBuilder("CASE");
    for (WhenClause branch : caseExpression.branches()) {
      Expression condition = caseExpression.operand()
          .<Expression>map(operand -> new BinaryExpression(BinaryOperator.EQUAL, operand, branch.condition()))
          .orElse(branch.condition());
      text.append(" WHEN ").append(of(condition)).append(" THEN ").append(of(branch.result()));
    }
    caseExpression.otherwise().ifPresent(other -> text.append(" ELSE ").append(of(other)));
    return text.toString();
  }

  /**
   * IoTDB's built-in aggregations, whose names it prints in lower case whatever the query wrote
   * ({@code AVG(t)} is headed {@code avg(...)}); every other function keeps the case it is written
   * in ({@code DIFF(s1)} is headed {@code DIFF(root.test.s1)}, "Function and Expression" page).
   */
  private static final Set<String> AGGREGATIONS = Set.of("count", "sum", "avg", "extreme", "max_value",
      "min_value", "first_value", "last_value", "max_time", "min_time", "count_if", "time_duration", "mode",
      "stddev", "stddev_pop", "stddev_samp", "variance", "var_pop", "var_samp", "max_by", "min_by",
      "count_time");

  private static String shownName(String written) {
    String lower = written.toLowerCase(Locale.ROOT);
    return AGGREGATIONS.contains(lower) ? lower : written;
  }

  /**
   * SUBSTRING and REPLACE have their own SQL forms in IoTDB's grammar and print in them, upper
   * case: {@code SUBSTRING(root.sg1.d1.s1 FROM 1 FOR 2)}, {@code REPLACE(root.sg1.d1.s1, 'es', 'tt')}
   * (IoTDB 1.3 "Function and Expression", String Processing). Null for every other call.
   */
  private String sqlFunctionForm(FunctionCall call) {
    String name = call.name().toLowerCase(Locale.ROOT);
    List<Expression> arguments = call.arguments();
    if (!call.attributes().isEmpty()) {
      return null;
    }
    if (name.equals("substring") && (arguments.size() == 2 || arguments.size() == 3)) {
      return "SUBSTRING(" + of(arguments.get(0)) + " FROM " + of(arguments.get(1))
          + (arguments.size() == 3 ? " FOR " + of(arguments.get(2)) : "") + ")";
    }
    if (name.equals("replace") && arguments.size() == 3) {
      return "REPLACE(" + of(arguments.get(0)) + ", " + quoted(arguments.get(1)) + ", " + quoted(arguments.get(2))
          + ")";
    }
    return null;
  }

  /** A REPLACE argument: its text in single quotes, as IoTDB's REPLACE header shows it. */
  private String quoted(Expression argument) {
    return argument instanceof StringLiteral literal ? "'" + literal.value() + "'" : of(argument);
  }

  /**
   * IoTDB 1.3 heads a LIKE with the regular expression its pattern becomes (its "Function and
   * Expression" page: {@code b like '1%'} is headed {@code root.test.b LIKE '^1.*?$'}): anchored,
   * {@code %} as {@code .*?}, {@code _} as {@code .}, characters special to regular expressions
   * escaped; a backslash keeps the next {@code %} or {@code _} literal.
   */
  static String likeAsRegex(String pattern) {
    StringBuilder regex = new StringBuilder("^");
    for (int i = 0; i < pattern.length(); i++) {
      char c = pattern.charAt(i);
      boolean escaped = i > 0 && pattern.charAt(i - 1) == '\\';
      if (c == '%' && !escaped) {
        regex.append(".*?");
      } else if (c == '_' && !escaped) {
        regex.append('.');
      } else if (c == '\\' && i + 1 < pattern.length() && "%_".indexOf(pattern.charAt(i + 1)) >= 0) {
        continue;
      } else if (".^$*+?{}[]|()\\".indexOf(c) >= 0) {
        regex.append('\\').append(c);
      } else {
        regex.append(c);
      }
    }
    return regex.append('$').toString();
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
