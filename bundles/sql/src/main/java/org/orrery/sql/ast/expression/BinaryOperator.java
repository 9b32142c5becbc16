package org.orrery.sql.ast.expression;

/** Operators with two operands, with the precedence IoTDB documents (higher binds tighter). */
public enum BinaryOperator {
  MULTIPLY("*", 6),
  DIVIDE("/", 6),
  MODULO("%", 6),
  ADD("+", 5),
  SUBTRACT("-", 5),
  EQUAL("=", 4),
  NOT_EQUAL("!=", 4),
  LESS_THAN("<", 4),
  LESS_OR_EQUAL("<=", 4),
  GREATER_THAN(">", 4),
  GREATER_OR_EQUAL(">=", 4),
  AND("AND", 2),
  OR("OR", 1);

  private final String symbol;
  private final int precedence;

  BinaryOperator(String symbol, int precedence) {
    this.symbol = symbol;
    this.precedence = precedence;
  }

  /** The canonical SQL spelling ({@code ==} is written {@code =}, {@code &&} is written AND). */
  public String symbol() {
    return symbol;
  }

  public int precedence() {
    return precedence;
  }

  public boolean isArithmetic() {
    return precedence >= 5;
  }

  public boolean isComparison() {
    return precedence == 4;
  }

  public boolean isLogical() {
    return this == AND || this == OR;
  }
}
