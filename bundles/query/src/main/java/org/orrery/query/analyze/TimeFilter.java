package org.orrery.query.analyze;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;
import org.orrery.common.time.TimeContext;
import org.orrery.sql.ast.expression.BetweenExpression;
import org.orrery.sql.ast.expression.BinaryExpression;
import org.orrery.sql.ast.expression.BinaryOperator;
import org.orrery.sql.ast.expression.Expression;
import org.orrery.sql.ast.expression.InExpression;
import org.orrery.sql.ast.expression.Literal;
import org.orrery.sql.ast.expression.TimeColumn;
import org.orrery.sql.ast.expression.UnaryExpression;
import org.orrery.sql.ast.expression.UnaryOperator;

/**
 * Splits a WHERE clause into the time intervals it allows (pushed into the scans, so storage
 * skips files, chunks and pages outside them, paper §5.3.1) and the value predicate that must
 * still be evaluated on rows. Only conjuncts that mention nothing but {@code time} and constants
 * become intervals; everything else stays in the predicate.
 *
 * @param time the times a row may have
 * @param valueFilter what remains to be checked on each row, if anything
 */
public record TimeFilter(TimeIntervals time, Optional<Expression> valueFilter) {

  public static final TimeFilter NONE = new TimeFilter(TimeIntervals.ALL, Optional.empty());

  public static TimeFilter of(Optional<Expression> where, TimeContext context) {
    if (where.isEmpty()) {
      return NONE;
    }
    List<Expression> conjuncts = new ArrayList<>();
    flattenAnd(where.get(), conjuncts);
    TimeIntervals time = TimeIntervals.ALL;
    Expression rest = null;
    for (Expression conjunct : conjuncts) {
      TimeIntervals allowed = timeOnly(conjunct, context);
      if (allowed != null) {
        time = time.intersect(allowed);
      } else {
        rest = rest == null ? conjunct : new BinaryExpression(BinaryOperator.AND, rest, conjunct);
      }
    }
    return new TimeFilter(time, Optional.ofNullable(rest));
  }

  private static void flattenAnd(Expression expression, List<Expression> out) {
    if (expression instanceof BinaryExpression binary && binary.operator() == BinaryOperator.AND) {
      flattenAnd(binary.left(), out);
      flattenAnd(binary.right(), out);
    } else {
      out.add(expression);
    }
  }

  /** The times a time-only predicate allows, or null when the predicate is not time-only. */
  static TimeIntervals timeOnly(Expression expression, TimeContext context) {
    if (expression instanceof BinaryExpression binary) {
      BinaryOperator op = binary.operator();
      if (op == BinaryOperator.AND || op == BinaryOperator.OR) {
        TimeIntervals left = timeOnly(binary.left(), context);
        TimeIntervals right = timeOnly(binary.right(), context);
        if (left == null || right == null) {
          return null;
        }
        return op == BinaryOperator.AND ? left.intersect(right) : left.union(right);
      }
      if (op.isComparison()) {
        if (binary.left() instanceof TimeColumn) {
          OptionalLong value = TimeConstants.fold(binary.right(), context);
          return value.isPresent() ? compare(op, value.getAsLong()) : null;
        }
        if (binary.right() instanceof TimeColumn) {
          OptionalLong value = TimeConstants.fold(binary.left(), context);
          return value.isPresent() ? compare(flip(op), value.getAsLong()) : null;
        }
      }
      return null;
    }
    if (expression instanceof UnaryExpression unary && unary.operator() == UnaryOperator.NOT) {
      TimeIntervals inner = timeOnly(unary.operand(), context);
      return inner == null ? null : inner.complement();
    }
    if (expression instanceof BetweenExpression between && between.value() instanceof TimeColumn) {
      OptionalLong low = TimeConstants.fold(between.lower(), context);
      OptionalLong high = TimeConstants.fold(between.upper(), context);
      if (low.isEmpty() || high.isEmpty()) {
        return null;
      }
      TimeIntervals inside = TimeIntervals.between(low.getAsLong(), high.getAsLong());
      return between.negated() ? inside.complement() : inside;
    }
    if (expression instanceof InExpression in && in.value() instanceof TimeColumn) {
      TimeIntervals points = TimeIntervals.NONE;
      for (Literal candidate : in.candidates()) {
        OptionalLong value = TimeConstants.fold(candidate, context);
        if (value.isEmpty()) {
          return null;
        }
        points = points.union(TimeIntervals.between(value.getAsLong(), value.getAsLong()));
      }
      return in.negated() ? points.complement() : points;
    }
    return null;
  }

  private static TimeIntervals compare(BinaryOperator op, long value) {
    return switch (op) {
      case EQUAL -> TimeIntervals.between(value, value);
      case NOT_EQUAL -> TimeIntervals.between(value, value).complement();
      case LESS_THAN -> TimeIntervals.lessThan(value);
      case LESS_OR_EQUAL -> TimeIntervals.atMost(value);
      case GREATER_THAN -> TimeIntervals.greaterThan(value);
      case GREATER_OR_EQUAL -> TimeIntervals.atLeast(value);
      default -> throw new IllegalStateException("not a comparison: " + op);
    };
  }

  private static BinaryOperator flip(BinaryOperator op) {
    return switch (op) {
      case LESS_THAN -> BinaryOperator.GREATER_THAN;
      case LESS_OR_EQUAL -> BinaryOperator.GREATER_OR_EQUAL;
      case GREATER_THAN -> BinaryOperator.LESS_THAN;
      case GREATER_OR_EQUAL -> BinaryOperator.LESS_OR_EQUAL;
      default -> op;
    };
  }
}
