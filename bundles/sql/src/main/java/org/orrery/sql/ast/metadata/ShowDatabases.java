package org.orrery.sql.ast.metadata;

import java.util.Objects;
import java.util.Optional;
import org.orrery.common.path.PartialPath;
import org.orrery.sql.ast.Statement;
import org.orrery.sql.ast.StatementFamily;

/**
 * {@code SHOW DATABASES [DETAILS] [pattern]}.
 */
public record ShowDatabases(Optional<PartialPath> pattern, boolean details) implements Statement {
  public ShowDatabases {
    Objects.requireNonNull(pattern, "pattern");
  }

  @Override
  public StatementFamily family() {
    return StatementFamily.METADATA;
  }
}
