package org.orrery.sql.translate;

import java.util.Arrays;
import org.antlr.v4.runtime.Token;
import org.antlr.v4.runtime.tree.TerminalNode;
import org.orrery.common.type.DataType;
import org.orrery.sql.ast.expression.BooleanLiteral;
import org.orrery.sql.ast.expression.DecimalLiteral;
import org.orrery.sql.ast.expression.IntegerLiteral;
import org.orrery.sql.ast.expression.Literal;
import org.orrery.sql.ast.expression.NullLiteral;
import org.orrery.sql.ast.expression.StringLiteral;
import org.orrery.sql.parser.OrrerySqlParser.BooleanLiteralContext;
import org.orrery.sql.parser.OrrerySqlParser.ConstantContext;
import org.orrery.sql.parser.OrrerySqlParser.DataTypeContext;
import org.orrery.sql.parser.OrrerySqlParser.LiteralContext;
import org.orrery.sql.parser.OrrerySqlParser.SignedNumberContext;

/** Constants: numbers, strings, booleans, null, and data type names. */
final class Literals {
  private Literals() {}

  /** An integer written as {@code digits} with an optional sign, checked against the long range. */
  static long integer(String signedDigits, Token at) {
    try {
      return Long.parseLong(signedDigits);
    } catch (NumberFormatException e) {
      throw Errors.at(at, "integer " + signedDigits + " is out of range");
    }
  }

  static long integer(TerminalNode node) {
    return integer(node.getText(), node.getSymbol());
  }

  /** A non-negative integer such as a LIMIT or a level. */
  static int smallInteger(TerminalNode node, String what) {
    long value = integer(node);
    if (value > Integer.MAX_VALUE) {
      throw Errors.at(node, what + " " + value + " is too large");
    }
    return (int) value;
  }

  static Literal signedNumber(SignedNumberContext context) {
    String sign = context.MINUS() != null ? "-" : "";
    if (context.INTEGER() != null) {
      return new IntegerLiteral(integer(sign + context.INTEGER().getText(), context.start));
    }
    return new DecimalLiteral(sign + context.DECIMAL().getText());
  }

  static boolean bool(BooleanLiteralContext context) {
    return context.TRUE() != null;
  }

  /** An unsigned literal of an expression. */
  static Literal literal(LiteralContext context) {
    if (context.INTEGER() != null) {
      return new IntegerLiteral(integer(context.INTEGER()));
    }
    if (context.DECIMAL() != null) {
      return new DecimalLiteral(context.DECIMAL().getText());
    }
    if (context.STRING() != null) {
      return new StringLiteral(Names.string(context.STRING().getSymbol()));
    }
    if (context.booleanLiteral() != null) {
      return new BooleanLiteral(bool(context.booleanLiteral()));
    }
    if (context.NULL() != null) {
      return new NullLiteral();
    }
    if (context.DATETIME() != null) {
      return Times.dateTimeConstant(context.DATETIME().getSymbol());
    }
    return Times.durationConstant(context.DURATION().getSymbol());
  }

  /** A constant of a list (IN, inference parameters): like a literal, numbers may be signed. */
  static Literal constant(ConstantContext context) {
    if (context.signedNumber() != null) {
      return signedNumber(context.signedNumber());
    }
    if (context.STRING() != null) {
      return new StringLiteral(Names.string(context.STRING().getSymbol()));
    }
    if (context.booleanLiteral() != null) {
      return new BooleanLiteral(bool(context.booleanLiteral()));
    }
    if (context.NULL() != null) {
      return new NullLiteral();
    }
    if (context.DATETIME() != null) {
      return Times.dateTimeConstant(context.DATETIME().getSymbol());
    }
    return Times.durationConstant(context.DURATION().getSymbol());
  }

  /** The text a constant stands for, as UDF attributes receive it. */
  static String constantText(ConstantContext context) {
    if (context.STRING() != null) {
      return Names.string(context.STRING().getSymbol());
    }
    if (context.booleanLiteral() != null || context.NULL() != null) {
      return context.getText().toLowerCase();
    }
    return context.getText();
  }

  static DataType dataType(DataTypeContext context) {
    return dataType(context.getText(), context.start);
  }

  static DataType dataType(String name, Token at) {
    try {
      return DataType.fromName(name);
    } catch (IllegalArgumentException e) {
      throw Errors.at(
          at, "unknown data type '" + name + "' (expected one of "
              + String.join(", ", Arrays.stream(DataType.values()).map(Enum::name).toList()) + ")");
    }
  }
}
