package org.orrery.sql.ast.auth;

import java.util.List;
import java.util.Objects;
import org.orrery.common.path.PartialPath;
import org.orrery.sql.ast.Statement;
import org.orrery.sql.ast.StatementFamily;

/**
 * {@code REVOKE p1, p2 ON pattern, ... FROM USER|ROLE name}.
 */
public record RevokePrivileges(
    List<Privilege> privileges,
    List<PartialPath> patterns,
    Grantee grantee) implements Statement {
  public RevokePrivileges {
    privileges = List.copyOf(privileges);
    patterns = List.copyOf(patterns);
    Objects.requireNonNull(grantee, "grantee");
  }

  @Override
  public StatementFamily family() {
    return StatementFamily.AUTH;
  }
}
