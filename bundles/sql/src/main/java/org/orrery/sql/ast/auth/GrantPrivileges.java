package org.orrery.sql.ast.auth;

import java.util.List;
import java.util.Objects;
import org.orrery.common.path.PartialPath;
import org.orrery.sql.ast.Statement;
import org.orrery.sql.ast.StatementFamily;

/**
 * {@code GRANT p1, p2 ON pattern, ... TO USER|ROLE name [WITH GRANT OPTION]}.
 */
public record GrantPrivileges(
    List<Privilege> privileges,
    List<PartialPath> patterns,
    Grantee grantee,
    boolean withGrantOption) implements Statement {
  public GrantPrivileges {
    privileges = List.copyOf(privileges);
    patterns = List.copyOf(patterns);
    Objects.requireNonNull(grantee, "grantee");
  }

  @Override
  public StatementFamily family() {
    return StatementFamily.AUTH;
  }
}
