package org.orrery.sql.ast.query;

/** What an ORDER BY item sorts on. */
public enum SortKey {
  TIME,
  DEVICE,
  /** The series column of SELECT LAST. */
  TIMESERIES,
  /** The value column of SELECT LAST. */
  VALUE,
  /** The data type column of SELECT LAST. */
  DATATYPE,
  /** Any other expression, see {@link OrderItem#expression()}. */
  EXPRESSION
}
