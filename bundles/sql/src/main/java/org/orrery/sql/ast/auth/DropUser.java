package org.orrery.sql.ast.auth;

import java.util.Objects;
import org.orrery.sql.ast.Statement;
import org.orrery.sql.ast.StatementFamily;

/**
 * {@code DROP USER name}.
 */
public record DropUser(String name) implements Statement {
  public DropUser {
    Objects.requireNonNull(name, "name");
  }

  @Override
  public StatementFamily family() {
    return StatementFamily.AUTH;
  }
}
