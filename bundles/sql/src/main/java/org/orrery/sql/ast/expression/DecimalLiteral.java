package org.orrery.sql.ast.expression;

import java.util.Objects;

/**
 * A number with a fraction or an exponent, such as {@code 36.5} or {@code 1.2E-3}, kept as written
 * so that no digit is lost before the analyzer picks a type.
 *
 * @param text the number as written, with its sign
 */
public record DecimalLiteral(String text) implements Literal {
  public DecimalLiteral {
    Objects.requireNonNull(text, "text");
  }

  @Override
  public <R> R accept(ExpressionVisitor<R> visitor) {
    return visitor.visitDecimal(this);
  }

  /** The value as a double. */
  public double doubleValue() {
    return Double.parseDouble(text);
  }
}
