package org.orrery.sql.ast.auth;

import java.util.Objects;
import org.orrery.sql.ast.Statement;
import org.orrery.sql.ast.StatementFamily;

/**
 * {@code DROP ROLE name}.
 */
public record DropRole(String name) implements Statement {
  public DropRole {
    Objects.requireNonNull(name, "name");
  }

  @Override
  public StatementFamily family() {
    return StatementFamily.AUTH;
  }
}
