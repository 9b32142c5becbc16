package org.orrery.query.analyze;

import java.util.OptionalLong;
import org.orrery.common.error.ErrorCode;
import org.orrery.common.error.OrreryException;
import org.orrery.common.time.TimeContext;
import org.orrery.common.time.TimeDuration;
import org.orrery.common.time.TimePoint;
import org.orrery.sql.ast.expression.BinaryExpression;
import org.orrery.sql.ast.expression.BinaryOperator;
import org.orrery.sql.ast.expression.DateTimeConstant;
import org.orrery.sql.ast.expression.DurationConstant;
import org.orrery.sql.ast.expression.Expression;
import org.orrery.sql.ast.expression.IntegerLiteral;
import org.orrery.sql.ast.expression.NowExpression;
import org.orrery.sql.ast.expression.UnaryExpression;
import org.orrery.sql.ast.expression.UnaryOperator;

/**
 * Folds the constant time expressions of a statement ({@code 100}, {@code 2017-11-01T00:00:00},
 * {@code now() - 1d}) into timestamps of the configured precision.
 */
public final class TimeConstants {
  private TimeConstants() {}

  /** The timestamp the expression stands for, or empty when it is not a constant time. */
  public static OptionalLong fold(Expression expression, TimeContext context) {
    if (expression instanceof IntegerLiteral literal) {
      return OptionalLong.of(literal.value());
    }
    if (expression instanceof DateTimeConstant dateTime) {
      return OptionalLong.of(dateTime.value().toTimestamp(context.zone(), context.precision()));
    }
    if (expression instanceof NowExpression) {
      return OptionalLong.of(context.now());
    }
    if (expression instanceof UnaryExpression unary && unary.operator() != UnaryOperator.NOT) {
      OptionalLong value = fold(unary.operand(), context);
      if (value.isPresent() && unary.operator() == UnaryOperator.NEGATE) {
        return OptionalLong.of(-value.getAsLong());
      }
      return value;
    }
    if (expression instanceof BinaryExpression binary
        && (binary.operator() == BinaryOperator.ADD || binary.operator() == BinaryOperator.SUBTRACT)) {
      boolean subtract = binary.operator() == BinaryOperator.SUBTRACT;
      if (binary.right() instanceof DurationConstant duration) {
        OptionalLong base = fold(binary.left(), context);
        if (base.isEmpty()) {
          return base;
        }
        TimeDuration step = subtract ? duration.value().negated() : duration.value();
        return OptionalLong.of(step.addTo(base.getAsLong(), context.precision(), context.zone()));
      }
      if (binary.left() instanceof DurationConstant duration && !subtract) {
        OptionalLong base = fold(binary.right(), context);
        return base.isEmpty()
            ? base
            : OptionalLong.of(duration.value().addTo(base.getAsLong(), context.precision(), context.zone()));
      }
      OptionalLong left = fold(binary.left(), context);
      OptionalLong right = fold(binary.right(), context);
      if (left.isPresent() && right.isPresent()) {
        return OptionalLong.of(
            subtract ? left.getAsLong() - right.getAsLong() : left.getAsLong() + right.getAsLong());
      }
    }
    return OptionalLong.empty();
  }

  /** The timestamp of a time point written in a statement (GROUP BY ranges, INSERT times). */
  public static long resolve(TimePoint point, TimeContext context) {
    return point.resolve(context);
  }

  /** Like {@link #fold} but fails naming the expression when it is not a constant time. */
  public static long require(Expression expression, TimeContext context) {
    OptionalLong value = fold(expression, context);
    if (value.isEmpty()) {
      throw new OrreryException(
          ErrorCode.SEMANTIC_ERROR, "expected a constant time but got '" + expression.toSql() + "'");
    }
    return value.getAsLong();
  }
}
