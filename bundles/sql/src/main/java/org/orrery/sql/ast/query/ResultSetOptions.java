package org.orrery.sql.ast.query;

import java.util.Objects;
import java.util.OptionalLong;

/**
 * Row and column pagination and the layout of the result.
 *
 * @param rowLimit LIMIT
 * @param rowOffset OFFSET
 * @param seriesLimit SLIMIT
 * @param seriesOffset SOFFSET
 */
public record ResultSetOptions(
    OptionalLong rowLimit,
    OptionalLong rowOffset,
    OptionalLong seriesLimit,
    OptionalLong seriesOffset,
    AlignBy alignBy) {
  public ResultSetOptions {
    Objects.requireNonNull(rowLimit, "rowLimit");
    Objects.requireNonNull(rowOffset, "rowOffset");
    Objects.requireNonNull(seriesLimit, "seriesLimit");
    Objects.requireNonNull(seriesOffset, "seriesOffset");
    Objects.requireNonNull(alignBy, "alignBy");
  }

  /** No pagination, aligned by time. */
  public static final ResultSetOptions DEFAULT =
      new ResultSetOptions(
          OptionalLong.empty(), OptionalLong.empty(), OptionalLong.empty(), OptionalLong.empty(),
          AlignBy.TIME);
}
