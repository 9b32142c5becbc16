package org.orrery.auth;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Pattern;
import org.orrery.common.error.ErrorCode;
import org.orrery.common.error.OrreryException;
import org.orrery.engine.auth.UserService;

/**
 * Users kept in one file under a directory ({@code <data>/system/users/} in a server). The first
 * start creates {@code root} with password {@code root}. Changes are written through before they
 * return. Thread-safe; password derivation runs outside the lock so slow logins do not queue.
 */
public final class FileUserService implements UserService {
  /** The administrator, who always exists. */
  public static final String ROOT = "root";

  private static final Pattern USER_NAME = Pattern.compile("[A-Za-z0-9_]{1,64}");
  private static final int MIN_PASSWORD = 4;
  private static final int MAX_PASSWORD = 128;

  private final UserFile file;
  private final PasswordHasher hasher;
  private final VerifiedPasswords verified = new VerifiedPasswords();
  /** A hash to check unknown users against, so a wrong user name costs as long as a wrong password. */
  private PasswordHash decoy;
  private final Map<String, PasswordHash> users;

  /**
   * Opens (or creates, with {@code root}/{@code root}) the user table in {@code directory}.
   *
   * @throws OrreryException CORRUPT_FILE or IO_ERROR naming the file
   */
  public FileUserService(Path directory) {
    this(directory, new PasswordHasher());
  }

  FileUserService(Path directory, PasswordHasher hasher) {
    this.file = new UserFile(directory);
    this.hasher = hasher;
    Map<String, PasswordHash> stored = file.read();
    if (stored == null) {
      stored = new TreeMap<>();
      stored.put(ROOT, hasher.hash("root"));
      file.write(stored);
    } else if (!stored.containsKey(ROOT)) {
      throw new OrreryException(ErrorCode.CORRUPT_FILE, "user file " + file.path() + " has no user root");
    }
    this.users = stored;
  }

  @Override
  public void authenticate(String user, String password) {
    if (user == null || password == null) {
      throw failed(String.valueOf(user));
    }
    if (verified.matches(user, password)) {
      return;
    }
    PasswordHash stored;
    PasswordHash checked;
    synchronized (this) {
      stored = users.get(user);
      if (stored == null && decoy == null) {
        decoy = hasher.hash("decoy password that no user has");
      }
      checked = stored != null ? stored : decoy;
    }
    boolean ok = hasher.verify(password, checked) && stored != null;
    if (!ok) {
      throw failed(user);
    }
    synchronized (this) {
      // only if the password did not change while it was being checked
      if (users.get(user) == stored) {
        verified.remember(user, password);
      }
    }
  }

  private static OrreryException failed(String user) {
    return new OrreryException(
        ErrorCode.AUTHENTICATION_FAILED, "authentication failed for user '" + user + "': wrong user name or password");
  }

  @Override
  public void createUser(String user, String password) {
    checkName(user);
    checkPassword(user, password);
    PasswordHash hash = hasher.hash(password);
    synchronized (this) {
      if (users.containsKey(user)) {
        throw new OrreryException(ErrorCode.ILLEGAL_ARGUMENT, "user '" + user + "' already exists");
      }
      Map<String, PasswordHash> next = new TreeMap<>(users);
      next.put(user, hash);
      file.write(next);
      users.put(user, hash);
    }
  }

  @Override
  public void dropUser(String user) {
    if (ROOT.equals(user)) {
      throw new OrreryException(ErrorCode.ILLEGAL_ARGUMENT, "user 'root' cannot be dropped");
    }
    synchronized (this) {
      requireUser(user);
      Map<String, PasswordHash> next = new TreeMap<>(users);
      next.remove(user);
      file.write(next);
      users.remove(user);
      verified.forget(user);
    }
  }

  @Override
  public void changePassword(String user, String newPassword) {
    synchronized (this) {
      requireUser(user);
    }
    checkPassword(user, newPassword);
    PasswordHash hash = hasher.hash(newPassword);
    synchronized (this) {
      requireUser(user);
      Map<String, PasswordHash> next = new TreeMap<>(users);
      next.put(user, hash);
      file.write(next);
      users.put(user, hash);
      verified.forget(user);
    }
  }

  @Override
  public synchronized List<String> users() {
    return new ArrayList<>(users.keySet());
  }

  @Override
  public boolean isAdmin(String user) {
    return ROOT.equals(user);
  }

  private void requireUser(String user) {
    if (user == null || !users.containsKey(user)) {
      throw new OrreryException(ErrorCode.USER_NOT_FOUND, "user '" + user + "' does not exist");
    }
  }

  private static void checkName(String user) {
    if (user == null || !USER_NAME.matcher(user).matches()) {
      throw new OrreryException(
          ErrorCode.ILLEGAL_ARGUMENT,
          "invalid user name '" + user + "': use 1 to 64 letters, digits or underscores");
    }
  }

  private static void checkPassword(String user, String password) {
    if (password == null || password.length() < MIN_PASSWORD || password.length() > MAX_PASSWORD) {
      throw new OrreryException(
          ErrorCode.ILLEGAL_ARGUMENT,
          "password of user '" + user + "' must have " + MIN_PASSWORD + " to " + MAX_PASSWORD + " characters");
    }
  }
}
