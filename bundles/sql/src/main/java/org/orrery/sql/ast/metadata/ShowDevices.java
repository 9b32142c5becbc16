package org.orrery.sql.ast.metadata;

import java.util.Objects;
import java.util.Optional;
import org.orrery.common.path.PartialPath;
import org.orrery.sql.ast.Statement;
import org.orrery.sql.ast.StatementFamily;

/**
 * {@code SHOW DEVICES [pattern] [WITH DATABASE] [WHERE DEVICE CONTAINS s] [LIMIT n] [OFFSET m]}.
 */
public record ShowDevices(
    Optional<PartialPath> pattern,
    boolean withDatabase,
    Optional<String> nameContains,
    Paging paging) implements Statement {
  public ShowDevices {
    Objects.requireNonNull(pattern, "pattern");
    Objects.requireNonNull(nameContains, "nameContains");
    Objects.requireNonNull(paging, "paging");
  }

  @Override
  public StatementFamily family() {
    return StatementFamily.METADATA;
  }
}
