package org.orrery.auth;

import java.util.Objects;

/**
 * A stored password: the hash algorithm's persisted id, its iteration count, salt and derived
 * key. Iterations are stored per user so they can be raised without invalidating old hashes.
 */
public record PasswordHash(int algorithm, int iterations, byte[] salt, byte[] hash) {

  /** Persisted algorithm id: PBKDF2 with HMAC-SHA256 (JDK). Never renumber. */
  public static final int PBKDF2_HMAC_SHA256 = 1;

  public PasswordHash {
    Objects.requireNonNull(salt, "salt");
    Objects.requireNonNull(hash, "hash");
  }
}
