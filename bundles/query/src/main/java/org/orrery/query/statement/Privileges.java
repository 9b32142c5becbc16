package org.orrery.query.statement;

import org.orrery.common.error.ErrorCode;
import org.orrery.common.error.OrreryException;
import org.orrery.engine.auth.UserService;
import org.orrery.sql.ast.Statement;
import org.orrery.sql.ast.auth.AlterUserPassword;

/**
 * The privilege hook in the path of every statement and insert. Until the privilege model (grants
 * on paths) exists, the rule is the safe one: administrators (root) may run everything; any other
 * user may only change their own password, and is denied every read, write and DDL. Without a
 * user service there is no one to tell users apart (an engine embedded in a test or tool), and
 * everything is allowed.
 */
public final class Privileges {
  private Privileges() {}

  /**
   * @throws OrreryException PERMISSION_DENIED naming the user and the statement kind
   */
  public static void check(UserService users, String user, Statement statement) {
    if (users == null || users.isAdmin(user)) {
      return;
    }
    if (statement instanceof AlterUserPassword alter && alter.name().equals(user)) {
      return;
    }
    throw denied(user, kind(statement));
  }

  /** The check of the columnar write path ({@code QueryEngine.insert}). */
  public static void checkInsert(UserService users, String user) {
    if (users == null || users.isAdmin(user)) {
      return;
    }
    throw denied(user, "INSERT TABLETS (WRITE)");
  }

  /** The statement's kind as users know it, e.g. {@code CreateTimeseries (SCHEMA)}. */
  static String kind(Statement statement) {
    return statement.getClass().getSimpleName() + " (" + statement.family() + ")";
  }

  private static OrreryException denied(String user, String kind) {
    return new OrreryException(ErrorCode.PERMISSION_DENIED,
        "user " + user + " may not run " + kind + " statements: without granted privileges only an"
            + " administrator may read, write or change the schema");
  }
}
