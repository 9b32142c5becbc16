package org.orrery.sql.ast.auth;

import java.util.Objects;
import org.orrery.sql.ast.Statement;
import org.orrery.sql.ast.StatementFamily;

/**
 * {@code REVOKE ROLE role FROM user}.
 */
public record RevokeRole(String role, String user) implements Statement {
  public RevokeRole {
    Objects.requireNonNull(role, "role");
    Objects.requireNonNull(user, "user");
  }

  @Override
  public StatementFamily family() {
    return StatementFamily.AUTH;
  }
}
