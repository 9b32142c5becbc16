package org.orrery.sql.ast.auth;

import java.util.Objects;
import org.orrery.sql.ast.Statement;
import org.orrery.sql.ast.StatementFamily;

/**
 * {@code GRANT ROLE role TO user}.
 */
public record GrantRole(String role, String user) implements Statement {
  public GrantRole {
    Objects.requireNonNull(role, "role");
    Objects.requireNonNull(user, "user");
  }

  @Override
  public StatementFamily family() {
    return StatementFamily.AUTH;
  }
}
