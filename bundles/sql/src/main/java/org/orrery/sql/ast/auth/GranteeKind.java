package org.orrery.sql.ast.auth;

/** Whether privileges go to a user or to a role. */
public enum GranteeKind {
  USER,
  ROLE
}
