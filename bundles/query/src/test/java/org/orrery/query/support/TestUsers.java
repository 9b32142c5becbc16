package org.orrery.query.support;

import java.util.List;
import java.util.TreeSet;
import org.orrery.common.error.ErrorCode;
import org.orrery.common.error.OrreryException;
import org.orrery.engine.auth.UserService;

/** Users in a set; root is the only administrator, as in the real user service. */
public final class TestUsers implements UserService {
  private final TreeSet<String> names = new TreeSet<>(List.of("root"));
  public final List<String> passwordChanges = new java.util.ArrayList<>();

  @Override
  public synchronized void authenticate(String user, String password) {}

  @Override
  public synchronized void createUser(String user, String password) {
    if (!names.add(user)) {
      throw new OrreryException(ErrorCode.ILLEGAL_ARGUMENT, "user " + user + " exists");
    }
  }

  @Override
  public synchronized void dropUser(String user) {
    if (!names.remove(user)) {
      throw new OrreryException(ErrorCode.USER_NOT_FOUND, "user " + user + " does not exist");
    }
  }

  @Override
  public synchronized void changePassword(String user, String newPassword) {
    if (!names.contains(user)) {
      throw new OrreryException(ErrorCode.USER_NOT_FOUND, "user " + user + " does not exist");
    }
    passwordChanges.add(user);
  }

  @Override
  public synchronized List<String> users() {
    return List.copyOf(names);
  }

  @Override
  public boolean isAdmin(String user) {
    return user.equals("root");
  }
}
