package org.orrery.query.statement;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import org.orrery.common.error.ErrorCode;
import org.orrery.common.error.OrreryException;
import org.orrery.common.time.TimeContext;
import org.orrery.common.type.DataType;
import org.orrery.engine.schema.SchemaEngine.LiteralKind;
import org.orrery.query.block.ColumnBuilder;
import org.orrery.query.block.Values;
import org.orrery.sql.ast.expression.BooleanLiteral;
import org.orrery.sql.ast.expression.DateTimeConstant;
import org.orrery.sql.ast.expression.DecimalLiteral;
import org.orrery.sql.ast.expression.IntegerLiteral;
import org.orrery.sql.ast.expression.Literal;
import org.orrery.sql.ast.expression.NullLiteral;
import org.orrery.sql.ast.expression.StringLiteral;

/** The values of {@code INSERT ... VALUES}: their kind for type inference and their conversion to a series type. */
final class LiteralValues {
  private LiteralValues() {}

  /** The kind auto-creation types a literal by, or null for NULL. */
  static LiteralKind kind(Literal literal) {
    if (literal instanceof IntegerLiteral || literal instanceof DateTimeConstant) {
      return LiteralKind.INTEGER;
    }
    if (literal instanceof DecimalLiteral) {
      return LiteralKind.FLOATING;
    }
    if (literal instanceof BooleanLiteral) {
      return LiteralKind.BOOLEAN;
    }
    if (literal instanceof StringLiteral) {
      return LiteralKind.STRING;
    }
    return null;
  }

  /**
   * Appends {@code literal} converted to {@code type}.
   *
   * @throws OrreryException TYPE_MISMATCH naming the value and the type when it does not fit
   */
  static void append(Literal literal, DataType type, TimeContext time, ColumnBuilder out, String series) {
    if (literal instanceof NullLiteral) {
      out.appendNull();
      return;
    }
    try {
      switch (type) {
        case BOOLEAN -> out.appendBoolean(bool(literal));
        case INT32 -> out.appendInt(Math.toIntExact(integer(literal, time)));
        case INT64, TIMESTAMP -> out.appendLong(integer(literal, time));
        case FLOAT -> out.appendFloat((float) floating(literal));
        case DOUBLE -> out.appendDouble(floating(literal));
        case DATE -> out.appendInt(date(literal));
        default -> out.appendBinary(Values.utf8(text(literal)));
      }
    } catch (ArithmeticException | IllegalArgumentException | DateTimeParseException e) {
      throw mismatch(literal, type, series);
    }
  }

  private static OrreryException mismatch(Literal literal, DataType type, String series) {
    return new OrreryException(ErrorCode.TYPE_MISMATCH,
        "value " + literal.toSql() + " cannot be written to " + series + " of type " + type);
  }

  private static boolean bool(Literal literal) {
    if (literal instanceof BooleanLiteral b) {
      return b.value();
    }
    if (literal instanceof StringLiteral s
        && (s.value().equalsIgnoreCase("true") || s.value().equalsIgnoreCase("false"))) {
      return Boolean.parseBoolean(s.value());
    }
    throw new IllegalArgumentException("not a boolean");
  }

  private static long integer(Literal literal, TimeContext time) {
    if (literal instanceof IntegerLiteral i) {
      return i.value();
    }
    if (literal instanceof DateTimeConstant d) {
      return d.value().toTimestamp(time.zone(), time.precision());
    }
    throw new IllegalArgumentException("not an integer");
  }

  private static double floating(Literal literal) {
    if (literal instanceof IntegerLiteral i) {
      return i.value();
    }
    if (literal instanceof DecimalLiteral d) {
      return d.doubleValue();
    }
    throw new IllegalArgumentException("not a number");
  }

  private static int date(Literal literal) {
    if (literal instanceof StringLiteral s) {
      LocalDate date = LocalDate.parse(s.value().trim());
      return date.getYear() * 10_000 + date.getMonthValue() * 100 + date.getDayOfMonth();
    }
    throw new IllegalArgumentException("not a date");
  }

  private static String text(Literal literal) {
    if (literal instanceof StringLiteral s) {
      return s.value();
    }
    if (literal instanceof DecimalLiteral d) {
      return d.text();
    }
    if (literal instanceof DateTimeConstant d) {
      return d.value().text();
    }
    return literal.toSql();
  }
}
