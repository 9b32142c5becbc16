package org.orrery.sql.ast.schema;

import java.util.Objects;
import org.orrery.common.path.PartialPath;
import org.orrery.sql.ast.Statement;
import org.orrery.sql.ast.StatementFamily;

/**
 * {@code UNSET TTL FROM pattern} (the older {@code UNSET TTL TO pattern} is accepted too).
 */
public record UnsetTtl(PartialPath pattern) implements Statement {
  public UnsetTtl {
    Objects.requireNonNull(pattern, "pattern");
  }

  @Override
  public StatementFamily family() {
    return StatementFamily.SCHEMA;
  }
}
