package org.orrery.auth;

import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Arrays;
import javax.crypto.SecretKeyFactory;
import javax.crypto.spec.PBEKeySpec;
import org.orrery.common.error.ErrorCode;
import org.orrery.common.error.OrreryException;

/**
 * PBKDF2-HMAC-SHA256 from the JDK with a random 16-byte salt and 210,000 iterations (the OWASP
 * 2023 recommendation for this hash), compared in constant time.
 */
public final class PasswordHasher {
  /** Iterations of new hashes. */
  public static final int ITERATIONS = 210_000;

  private static final int SALT_BYTES = 16;
  private static final int KEY_BITS = 256;
  private static final String ALGORITHM = "PBKDF2WithHmacSHA256";

  private final SecureRandom random = new SecureRandom();
  private final int iterations;

  public PasswordHasher() {
    this(ITERATIONS);
  }

  /** A hasher with fewer iterations, for tests that create many users. */
  PasswordHasher(int iterations) {
    this.iterations = iterations;
  }

  /** A fresh salted hash of {@code password}. */
  public PasswordHash hash(String password) {
    byte[] salt = new byte[SALT_BYTES];
    random.nextBytes(salt);
    return new PasswordHash(PasswordHash.PBKDF2_HMAC_SHA256, iterations, salt, derive(password, salt, iterations));
  }

  /** Whether {@code password} matches {@code stored}; the comparison takes constant time. */
  public boolean verify(String password, PasswordHash stored) {
    if (stored.algorithm() != PasswordHash.PBKDF2_HMAC_SHA256) {
      throw new OrreryException(
          ErrorCode.INTERNAL_ERROR, "unknown password hash algorithm id " + stored.algorithm());
    }
    byte[] candidate = derive(password, stored.salt(), stored.iterations());
    return MessageDigest.isEqual(candidate, stored.hash());
  }

  private static byte[] derive(String password, byte[] salt, int iterations) {
    char[] chars = password.toCharArray();
    PBEKeySpec spec = new PBEKeySpec(chars, salt, iterations, KEY_BITS);
    try {
      return SecretKeyFactory.getInstance(ALGORITHM).generateSecret(spec).getEncoded();
    } catch (GeneralSecurityException e) {
      throw new OrreryException(ErrorCode.INTERNAL_ERROR, ALGORITHM + " is not available in this JVM", e);
    } finally {
      spec.clearPassword();
      Arrays.fill(chars, '\0');
    }
  }
}
