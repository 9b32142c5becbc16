package org.orrery.jdbc;

import java.util.List;
import java.util.Map;
import org.orrery.common.error.ErrorCode;
import org.orrery.common.error.OrreryException;
import org.orrery.engine.auth.UserService;

/** Fixed users for driver tests: root/root and "al ice"/"p w#1" (a space and a '#'). */
final class TwoUsers implements UserService {
  private final Map<String, String> passwords = Map.of("root", "root", "al ice", "p w#1");

  @Override
  public void authenticate(String user, String password) {
    if (!password.equals(passwords.get(user))) {
      throw new OrreryException(ErrorCode.AUTHENTICATION_FAILED, "authentication failed for user '" + user + "'");
    }
  }

  @Override
  public void createUser(String user, String password) {
    throw new OrreryException(ErrorCode.PERMISSION_DENIED, "fixed users");
  }

  @Override
  public void dropUser(String user) {
    throw new OrreryException(ErrorCode.PERMISSION_DENIED, "fixed users");
  }

  @Override
  public void changePassword(String user, String newPassword) {
    throw new OrreryException(ErrorCode.PERMISSION_DENIED, "fixed users");
  }

  @Override
  public List<String> users() {
    return List.of("al ice", "root");
  }

  @Override
  public boolean isAdmin(String user) {
    return user.equals("root");
  }
}
