package org.orrery.engine.auth;

import java.util.List;
import org.orrery.common.error.OrreryException;
import org.osgi.annotation.versioning.ProviderType;

/**
 * Users of the server, persisted under {@code data/system/}. Passwords are stored only as salted,
 * iterated hashes. The user {@code root} always exists (default password {@code root}) and
 * cannot be dropped.
 */
@ProviderType
public interface UserService {

  /**
   * Checks a password.
   *
   * @throws OrreryException AUTHENTICATION_FAILED (the message names the user, never the password)
   */
  void authenticate(String user, String password);

  /** @throws OrreryException ILLEGAL_ARGUMENT naming the user when it exists or the name is invalid */
  void createUser(String user, String password);

  /** @throws OrreryException USER_NOT_FOUND, or ILLEGAL_ARGUMENT for {@code root} */
  void dropUser(String user);

  /** @throws OrreryException USER_NOT_FOUND */
  void changePassword(String user, String newPassword);

  /** All user names, sorted. */
  List<String> users();

  /** Whether {@code user} may run administrative statements (only root, for now). */
  boolean isAdmin(String user);
}
