package org.orrery.sql.ast.auth;

import java.util.Objects;
import java.util.Optional;
import org.orrery.sql.ast.Statement;
import org.orrery.sql.ast.StatementFamily;

/**
 * {@code LIST USER [OF ROLE role]}.
 */
public record ListUsers(Optional<String> ofRole) implements Statement {
  public ListUsers {
    Objects.requireNonNull(ofRole, "ofRole");
  }

  @Override
  public StatementFamily family() {
    return StatementFamily.AUTH;
  }
}
