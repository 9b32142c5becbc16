package org.orrery.sql.ast.schema;

import java.util.List;
import org.orrery.common.path.PartialPath;
import org.orrery.sql.ast.Statement;
import org.orrery.sql.ast.StatementFamily;

/**
 * {@code DELETE DATABASE} / {@code DROP DATABASE} / {@code DELETE STORAGE GROUP} with one or more
 * path patterns.
 */
public record DropDatabase(List<PartialPath> patterns) implements Statement {
  public DropDatabase {
    patterns = List.copyOf(patterns);
  }

  @Override
  public StatementFamily family() {
    return StatementFamily.SCHEMA;
  }
}
