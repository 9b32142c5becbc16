package org.orrery.sql.ast.metadata;

import java.util.List;
import org.orrery.common.path.PartialPath;
import org.orrery.sql.ast.Statement;
import org.orrery.sql.ast.StatementFamily;

/**
 * {@code SHOW ALL TTL}, {@code SHOW TTL} or {@code SHOW TTL ON pattern, ...}.
 *
 * @param patterns empty for all TTL rules
 */
public record ShowTtl(List<PartialPath> patterns) implements Statement {
  public ShowTtl {
    patterns = List.copyOf(patterns);
  }

  @Override
  public StatementFamily family() {
    return StatementFamily.METADATA;
  }
}
