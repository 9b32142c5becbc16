package org.orrery.sql.ast.metadata;

import java.util.Objects;
import java.util.Optional;
import org.orrery.common.path.PartialPath;
import org.orrery.sql.ast.Statement;
import org.orrery.sql.ast.StatementFamily;

/**
 * {@code COUNT DEVICES [pattern]}.
 */
public record CountDevices(Optional<PartialPath> pattern) implements Statement {
  public CountDevices {
    Objects.requireNonNull(pattern, "pattern");
  }

  @Override
  public StatementFamily family() {
    return StatementFamily.METADATA;
  }
}
