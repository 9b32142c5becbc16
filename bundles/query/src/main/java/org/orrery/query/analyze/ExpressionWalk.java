package org.orrery.query.analyze;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import org.orrery.common.path.PartialPath;
import org.orrery.query.function.FunctionRegistry;
import org.orrery.query.function.FunctionRegistry.FunctionKind;
import org.orrery.sql.ast.expression.BetweenExpression;
import org.orrery.sql.ast.expression.BinaryExpression;
import org.orrery.sql.ast.expression.CaseExpression;
import org.orrery.sql.ast.expression.CastExpression;
import org.orrery.sql.ast.expression.Expression;
import org.orrery.sql.ast.expression.FunctionCall;
import org.orrery.sql.ast.expression.InExpression;
import org.orrery.sql.ast.expression.IsNullExpression;
import org.orrery.sql.ast.expression.LikeExpression;
import org.orrery.sql.ast.expression.PathExpression;
import org.orrery.sql.ast.expression.RegexpExpression;
import org.orrery.sql.ast.expression.UnaryExpression;
import org.orrery.sql.ast.expression.WhenClause;

/** Walks expression trees: their children, the paths they read, the function calls they make. */
public final class ExpressionWalk {
  private ExpressionWalk() {}

  /** The direct sub-expressions. */
  public static List<Expression> children(Expression expression) {
    List<Expression> out = new ArrayList<>();
    if (expression instanceof FunctionCall call) {
      out.addAll(call.arguments());
    } else if (expression instanceof BinaryExpression binary) {
      out.add(binary.left());
      out.add(binary.right());
    } else if (expression instanceof UnaryExpression unary) {
      out.add(unary.operand());
    } else if (expression instanceof InExpression in) {
      out.add(in.value());
    } else if (expression instanceof BetweenExpression between) {
      out.add(between.value());
      out.add(between.lower());
      out.add(between.upper());
    } else if (expression instanceof LikeExpression like) {
      out.add(like.value());
    } else if (expression instanceof RegexpExpression regexp) {
      out.add(regexp.value());
    } else if (expression instanceof IsNullExpression isNull) {
      out.add(isNull.value());
    } else if (expression instanceof CastExpression cast) {
      out.add(cast.value());
    } else if (expression instanceof CaseExpression caseExpression) {
      caseExpression.operand().ifPresent(out::add);
      for (WhenClause branch : caseExpression.branches()) {
        out.add(branch.condition());
        out.add(branch.result());
      }
      caseExpression.otherwise().ifPresent(out::add);
    }
    return out;
  }

  public static void visit(Expression expression, Consumer<Expression> visitor) {
    visitor.accept(expression);
    for (Expression child : children(expression)) {
      visit(child, visitor);
    }
  }

  /** The series paths an expression reads, in order of appearance. */
  public static List<PartialPath> paths(Expression expression) {
    List<PartialPath> out = new ArrayList<>();
    visit(expression, e -> {
      if (e instanceof PathExpression path) {
        out.add(path.path());
      }
    });
    return out;
  }

  /** Whether a call of the given kind occurs anywhere in the expression. */
  public static boolean calls(Expression expression, FunctionRegistry functions, FunctionKind kind) {
    boolean[] found = {false};
    visit(expression, e -> {
      if (e instanceof FunctionCall call && functions.kindOf(call.name()).orElse(null) == kind) {
        found[0] = true;
      }
    });
    return found[0];
  }
}
