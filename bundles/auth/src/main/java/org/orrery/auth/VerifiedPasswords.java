package org.orrery.auth;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Remembers, in memory only, a keyed digest of the last password that verified for each user, so
 * that reconnecting clients (pools, JDBC) do not pay the deliberately slow PBKDF2 derivation on
 * every handshake. The HMAC key is random per process and never stored, so the digests are
 * useless outside this JVM; a user's entry is dropped when the password changes or the user goes.
 */
final class VerifiedPasswords {
  private final SecretKeySpec key;
  private final Map<String, byte[]> digests = new ConcurrentHashMap<>();

  VerifiedPasswords() {
    byte[] secret = new byte[32];
    new SecureRandom().nextBytes(secret);
    key = new SecretKeySpec(secret, "HmacSHA256");
  }

  boolean matches(String user, String password) {
    byte[] known = digests.get(user);
    return known != null && MessageDigest.isEqual(known, digest(user, password));
  }

  void remember(String user, String password) {
    digests.put(user, digest(user, password));
  }

  void forget(String user) {
    digests.remove(user);
  }

  private byte[] digest(String user, String password) {
    try {
      Mac mac = Mac.getInstance("HmacSHA256");
      mac.init(key);
      mac.update(user.getBytes(StandardCharsets.UTF_8));
      mac.update((byte) 0);
      return mac.doFinal(password.getBytes(StandardCharsets.UTF_8));
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("HmacSHA256 is not available in this JVM", e);
    }
  }
}
