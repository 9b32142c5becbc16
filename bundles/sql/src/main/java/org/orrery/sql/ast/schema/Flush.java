package org.orrery.sql.ast.schema;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.orrery.common.path.PartialPath;
import org.orrery.sql.ast.Statement;
import org.orrery.sql.ast.StatementFamily;

/**
 * {@code FLUSH [db, ...] [true|false] [ON LOCAL|CLUSTER]}: true flushes only sequence memtables,
 * false only unsequence ones, nothing given flushes both.
 *
 * @param databases empty for all databases
 */
public record Flush(
    List<PartialPath> databases,
    Optional<Boolean> sequence,
    Optional<FlushScope> scope) implements Statement {
  public Flush {
    databases = List.copyOf(databases);
    Objects.requireNonNull(sequence, "sequence");
    Objects.requireNonNull(scope, "scope");
  }

  @Override
  public StatementFamily family() {
    return StatementFamily.SCHEMA;
  }
}
