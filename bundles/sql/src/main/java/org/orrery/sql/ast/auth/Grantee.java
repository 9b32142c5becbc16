package org.orrery.sql.ast.auth;

import java.util.Objects;

/**
 * The user or role a privilege statement is about.
 */
public record Grantee(GranteeKind kind, String name) {
  public Grantee {
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(name, "name");
  }
}
