package org.orrery.sql.ast.schema;

import java.util.Objects;
import java.util.OptionalLong;
import org.orrery.common.path.PartialPath;
import org.orrery.sql.ast.Statement;
import org.orrery.sql.ast.StatementFamily;

/**
 * {@code SET TTL TO pattern <milliseconds | INF>}; TTL is always in milliseconds, whatever the
 * timestamp precision.
 *
 * @param ttlMillis empty for {@code INF}, i.e. data never expires
 */
public record SetTtl(PartialPath pattern, OptionalLong ttlMillis) implements Statement {
  public SetTtl {
    Objects.requireNonNull(pattern, "pattern");
    Objects.requireNonNull(ttlMillis, "ttlMillis");
  }

  @Override
  public StatementFamily family() {
    return StatementFamily.SCHEMA;
  }
}
