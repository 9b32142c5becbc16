package org.orrery.sql.ast.expression;

/** Operators with one operand. */
public enum UnaryOperator {
  /** {@code -x}. */
  NEGATE("-"),
  /** {@code +x}, kept because IoTDB shows it in column names. */
  PLUS("+"),
  /** {@code NOT x} or {@code !x}. */
  NOT("NOT ");

  private final String symbol;

  UnaryOperator(String symbol) {
    this.symbol = symbol;
  }

  public String symbol() {
    return symbol;
  }
}
