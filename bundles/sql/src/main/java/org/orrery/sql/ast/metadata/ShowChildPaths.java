package org.orrery.sql.ast.metadata;

import java.util.Objects;
import java.util.Optional;
import org.orrery.common.path.PartialPath;
import org.orrery.sql.ast.Statement;
import org.orrery.sql.ast.StatementFamily;

/**
 * {@code SHOW CHILD PATHS [pattern]}.
 */
public record ShowChildPaths(Optional<PartialPath> pattern) implements Statement {
  public ShowChildPaths {
    Objects.requireNonNull(pattern, "pattern");
  }

  @Override
  public StatementFamily family() {
    return StatementFamily.METADATA;
  }
}
