package org.orrery.rpc.testing;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import org.orrery.common.error.ErrorCode;
import org.orrery.common.error.OrreryException;
import org.orrery.engine.auth.UserService;

/** Users in memory with plain passwords, for tests: root/root and alice/secret1. */
public final class FakeUserService implements UserService {
  /** Calls of {@link #authenticate}, i.e. handshakes that reached the user check. */
  public final AtomicInteger authentications = new AtomicInteger();
  private final Map<String, String> passwords = new ConcurrentHashMap<>(Map.of("root", "root", "alice", "secret1"));

  @Override
  public void authenticate(String user, String password) {
    authentications.incrementAndGet();
    if (!password.equals(passwords.get(user))) {
      throw new OrreryException(ErrorCode.AUTHENTICATION_FAILED, "authentication failed for user '" + user + "'");
    }
  }

  @Override
  public void createUser(String user, String password) {
    if (passwords.putIfAbsent(user, password) != null) {
      throw new OrreryException(ErrorCode.ILLEGAL_ARGUMENT, "user '" + user + "' already exists");
    }
  }

  @Override
  public void dropUser(String user) {
    if (passwords.remove(user) == null) {
      throw new OrreryException(ErrorCode.USER_NOT_FOUND, "user '" + user + "' does not exist");
    }
  }

  @Override
  public void changePassword(String user, String newPassword) {
    if (passwords.replace(user, newPassword) == null) {
      throw new OrreryException(ErrorCode.USER_NOT_FOUND, "user '" + user + "' does not exist");
    }
  }

  @Override
  public List<String> users() {
    List<String> names = new ArrayList<>(passwords.keySet());
    names.sort(null);
    return names;
  }

  @Override
  public boolean isAdmin(String user) {
    return "root".equals(user);
  }
}
