package org.orrery.sql.ast.metadata;

import java.util.Objects;
import org.orrery.common.path.PartialPath;
import org.orrery.sql.ast.Statement;
import org.orrery.sql.ast.StatementFamily;

/**
 * {@code COUNT NODES pattern LEVEL = n}.
 */
public record CountNodes(PartialPath pattern, int level) implements Statement {
  public CountNodes {
    Objects.requireNonNull(pattern, "pattern");
  }

  @Override
  public StatementFamily family() {
    return StatementFamily.METADATA;
  }
}
