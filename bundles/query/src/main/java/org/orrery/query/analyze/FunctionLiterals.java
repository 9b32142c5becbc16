package org.orrery.query.analyze;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.orrery.sql.ast.expression.BinaryExpression;
import org.orrery.sql.ast.expression.DecimalLiteral;
import org.orrery.sql.ast.expression.Expression;
import org.orrery.sql.ast.expression.FunctionCall;
import org.orrery.sql.ast.expression.IntegerLiteral;
import org.orrery.sql.ast.expression.Literal;
import org.orrery.sql.ast.expression.PathExpression;
import org.orrery.sql.ast.expression.StringLiteral;

/**
 * Literal arguments that IoTDB's syntax writes positionally but the function contract takes as
 * attributes: {@code round(x, 2)} (places), {@code count_if(p, keep >= 3)} (keep),
 * {@code substring(x, 1, 2)} (from, for), {@code replace(x, 'a', 'b')} (from, to). The call keeps
 * its written form for the column header.
 */
public final class FunctionLiterals {
  private FunctionLiterals() {}

  /** The series arguments and attributes of a call. */
  public record Split(List<Expression> arguments, Map<String, String> attributes) {}

  private static List<String> names(String function) {
    return switch (function.toLowerCase(Locale.ROOT)) {
      case "round" -> List.of("places");
      case "count_if" -> List.of("keep");
      case "substring" -> List.of("from", "for");
      case "replace" -> List.of("from", "to");
      default -> List.of();
    };
  }

  /** Whether argument {@code index} of the call is such a literal (not a series to expand). */
  public static boolean isLiteralArgument(FunctionCall call, int index) {
    return index >= 1 && index <= names(call.name()).size() && literalText(call.arguments().get(index)) != null;
  }

  public static Split split(FunctionCall call) {
    List<String> names = names(call.name());
    List<Expression> arguments = new ArrayList<>();
    Map<String, String> attributes = new LinkedHashMap<>(call.attributes());
    for (int i = 0; i < call.arguments().size(); i++) {
      Expression argument = call.arguments().get(i);
      if (isLiteralArgument(call, i)) {
        attributes.put(names.get(i - 1), literalText(argument));
      } else {
        arguments.add(argument);
      }
    }
    return new Split(arguments, attributes);
  }

  /** The text of a literal argument, or null when the argument is not one. */
  private static String literalText(Expression argument) {
    if (argument instanceof IntegerLiteral integer) {
      return Long.toString(integer.value());
    }
    if (argument instanceof DecimalLiteral decimal) {
      return decimal.text();
    }
    if (argument instanceof StringLiteral string) {
      return string.value();
    }
    if (argument instanceof BinaryExpression binary && binary.operator().isComparison()
        && binary.left() instanceof PathExpression path && path.path().length() == 1
        && path.path().node(0).equalsIgnoreCase("keep") && binary.right() instanceof Literal) {
      String bound = literalText(binary.right());
      return bound == null ? null : "keep" + binary.operator().symbol() + bound;
    }
    return null;
  }
}
