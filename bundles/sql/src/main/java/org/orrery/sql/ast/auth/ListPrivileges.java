package org.orrery.sql.ast.auth;

import java.util.Objects;
import org.orrery.sql.ast.Statement;
import org.orrery.sql.ast.StatementFamily;

/**
 * {@code LIST PRIVILEGES OF USER|ROLE name}.
 */
public record ListPrivileges(Grantee grantee) implements Statement {
  public ListPrivileges {
    Objects.requireNonNull(grantee, "grantee");
  }

  @Override
  public StatementFamily family() {
    return StatementFamily.AUTH;
  }
}
