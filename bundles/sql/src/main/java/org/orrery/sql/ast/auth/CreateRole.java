package org.orrery.sql.ast.auth;

import java.util.Objects;
import org.orrery.sql.ast.Statement;
import org.orrery.sql.ast.StatementFamily;

/**
 * {@code CREATE ROLE name}.
 */
public record CreateRole(String name) implements Statement {
  public CreateRole {
    Objects.requireNonNull(name, "name");
  }

  @Override
  public StatementFamily family() {
    return StatementFamily.AUTH;
  }
}
