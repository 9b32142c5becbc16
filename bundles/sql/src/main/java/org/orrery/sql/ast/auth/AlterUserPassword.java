package org.orrery.sql.ast.auth;

import java.util.Objects;
import org.orrery.sql.ast.Statement;
import org.orrery.sql.ast.StatementFamily;

/**
 * {@code ALTER USER name SET PASSWORD 'password'}.
 */
public record AlterUserPassword(String name, String password) implements Statement {
  public AlterUserPassword {
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
    return "AlterUserPassword[name=" + name + ", password=***]";
  }
}
