package org.orrery.sql.ast.auth;

import java.util.Objects;
import java.util.Optional;
import org.orrery.sql.ast.Statement;
import org.orrery.sql.ast.StatementFamily;

/**
 * {@code LIST ROLE [OF USER user]}.
 */
public record ListRoles(Optional<String> ofUser) implements Statement {
  public ListRoles {
    Objects.requireNonNull(ofUser, "ofUser");
  }

  @Override
  public StatementFamily family() {
    return StatementFamily.AUTH;
  }
}
