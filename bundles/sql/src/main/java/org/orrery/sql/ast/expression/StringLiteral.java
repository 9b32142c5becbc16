package org.orrery.sql.ast.expression;

import java.util.Objects;

/**
 * A string constant; the quotes are removed and doubled quotes ({@code ''}) are read as one.
 * Backslashes are kept as written, as in IoTDB.
 */
public record StringLiteral(String value) implements Literal {
  public StringLiteral {
    Objects.requireNonNull(value, "value");
  }

  @Override
  public <R> R accept(ExpressionVisitor<R> visitor) {
    return visitor.visitString(this);
  }
}
