package org.orrery.sql.ast.metadata;

import java.util.Objects;
import java.util.OptionalLong;

/**
 * {@code LIMIT n OFFSET m} of a SHOW statement.
 */
public record Paging(OptionalLong limit, OptionalLong offset) {
  public Paging {
    Objects.requireNonNull(limit, "limit");
    Objects.requireNonNull(offset, "offset");
  }

  /** No LIMIT and no OFFSET. */
  public static final Paging NONE = new Paging(OptionalLong.empty(), OptionalLong.empty());
}
