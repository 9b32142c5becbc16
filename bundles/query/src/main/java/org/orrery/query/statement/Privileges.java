package org.orrery.query.statement;

import org.orrery.common.error.ErrorCode;
import org.orrery.common.error.OrreryException;
import org.orrery.engine.auth.UserService;
import org.orrery.sql.ast.Statement;
import org.orrery.sql.ast.StatementFamily;
import org.orrery.sql.ast.auth.AlterUserPassword;

/**
 * The privilege hook of the analyzer: users who are not administrators may read, write data and
 * change their own password, but not run DDL or manage users. Without a user service there is no
 * one to tell users apart, and every statement is allowed.
 */
public final class Privileges {
  private Privileges() {}

  public static void check(UserService users, String user, Statement statement) {
    if (users == null) {
      return;
    }
    StatementFamily family = statement.family();
    boolean administrative = family == StatementFamily.SCHEMA || family == StatementFamily.AUTH
        || family == StatementFamily.PLUGIN || family == StatementFamily.MODEL;
    if (statement instanceof AlterUserPassword alter && alter.name().equals(user)) {
      administrative = false;
    }
    if (administrative && !users.isAdmin(user)) {
      throw new OrreryException(ErrorCode.PERMISSION_DENIED,
          "user " + user + " may not run " + statement.getClass().getSimpleName()
              + " statements: only administrators may");
    }
  }
}
