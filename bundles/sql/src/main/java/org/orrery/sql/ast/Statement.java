package org.orrery.sql.ast;

/**
 * One parsed SQL statement. Implementations are immutable records in the family packages
 * ({@code ast.schema}, {@code ast.metadata}, {@code ast.write}, {@code ast.query},
 * {@code ast.auth}, {@code ast.plugin}, {@code ast.model}); later stages dispatch on the type.
 */
public interface Statement {
  /** The family this statement belongs to. */
  StatementFamily family();
}
