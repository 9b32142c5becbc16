package org.orrery.sql.translate;

import org.antlr.v4.runtime.Token;
import org.antlr.v4.runtime.tree.TerminalNode;
import org.orrery.common.time.DateTimeLiteral;
import org.orrery.common.time.TimeDuration;
import org.orrery.common.time.TimeParseException;
import org.orrery.common.time.TimePoint;
import org.orrery.sql.ast.TimeRange;
import org.orrery.sql.ast.expression.DateTimeConstant;
import org.orrery.sql.ast.expression.DurationConstant;
import org.orrery.sql.parser.OrrerySqlParser.ClosedOpenRangeContext;
import org.orrery.sql.parser.OrrerySqlParser.OpenClosedRangeContext;
import org.orrery.sql.parser.OrrerySqlParser.TimeExpressionContext;
import org.orrery.sql.parser.OrrerySqlParser.TimeRangeContext;
import org.orrery.sql.parser.OrrerySqlParser.TimeValueContext;

/** Durations, datetimes, time points and ranges, checked where they are written. */
final class Times {
  private Times() {}

  static TimeDuration duration(Token token) {
    try {
      return TimeDuration.parse(token.getText());
    } catch (TimeParseException e) {
      throw Errors.at(token, e.getMessage());
    }
  }

  /** A duration that must be longer than zero, such as a GROUP BY interval. */
  static TimeDuration positiveDuration(Token token, String what) {
    TimeDuration duration = duration(token);
    if (duration.isZero()) {
      throw Errors.at(token, what + " must be longer than 0, got " + token.getText());
    }
    return duration;
  }

  static DateTimeLiteral dateTime(Token token) {
    try {
      return DateTimeLiteral.parse(token.getText());
    } catch (TimeParseException e) {
      throw Errors.at(token, e.getMessage());
    }
  }

  static DateTimeConstant dateTimeConstant(Token token) {
    return new DateTimeConstant(dateTime(token));
  }

  static DurationConstant durationConstant(Token token) {
    return new DurationConstant(duration(token));
  }

  /** {@code 1509465600000}, {@code -5}, a datetime or {@code now()}, with offsets. */
  static TimePoint timeValue(TimeValueContext context) {
    if (context.signedInteger() != null) {
      String sign = context.signedInteger().MINUS() != null ? "-" : "";
      return TimePoint.ofEpoch(
          Literals.integer(sign + context.signedInteger().INTEGER().getText(), context.start));
    }
    return timeExpression(context.timeExpression());
  }

  static TimePoint timeExpression(TimeExpressionContext context) {
    TimePoint point =
        context.DATETIME() != null
            ? TimePoint.ofDateTime(dateTime(context.DATETIME().getSymbol()))
            : TimePoint.now();
    // Children after the base are pairs of (+|-, DURATION).
    int first = context.DATETIME() != null ? 1 : 3;
    for (int i = first; i + 1 < context.getChildCount(); i += 2) {
      boolean subtract = context.getChild(i).getText().equals("-");
      TimeDuration step = duration(((TerminalNode) context.getChild(i + 1)).getSymbol());
      point = subtract ? point.minus(step) : point.plus(step);
    }
    return point;
  }

  static TimeRange range(TimeRangeContext context) {
    if (context instanceof ClosedOpenRangeContext) {
      ClosedOpenRangeContext range = (ClosedOpenRangeContext) context;
      return TimeRange.closedOpen(timeValue(range.begin), timeValue(range.end));
    }
    OpenClosedRangeContext range = (OpenClosedRangeContext) context;
    return TimeRange.openClosed(timeValue(range.begin), timeValue(range.end));
  }
}
