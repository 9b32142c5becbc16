package org.orrery.sql.ast.auth;

import java.util.Objects;
import org.orrery.sql.ast.Statement;
import org.orrery.sql.ast.StatementFamily;

/**
 * {@code CREATE USER name 'password'}.
 */
public record CreateUser(String name, String password) implements Statement {
  public CreateUser {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(password, "password");
  }

  @Override
  public StatementFamily family() {
    return StatementFamily.AUTH;
  }

  /** Keeps the password out of logs. */
  @Override
  public String toString() {
    return "CreateUser[name=" + name + ", password=***]";
  }
}
