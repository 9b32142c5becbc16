package org.orrery.auth;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HexFormat;
import org.junit.jupiter.api.Test;

class PasswordHasherTest {
  private final PasswordHasher hasher = new PasswordHasher();

  @Test
  void verifiesOnlyTheSamePassword() {
    PasswordHash hash = hasher.hash("correct horse");
    assertTrue(hasher.verify("correct horse", hash));
    assertFalse(hasher.verify("correct hors", hash));
    assertFalse(hasher.verify("", hash));
  }

  @Test
  void matchesThePublishedPbkdf2HmacSha256Vector() {
    // RFC 7914 section 11: PBKDF2-HMAC-SHA256("passwd", "salt", c=1, dkLen=64); the first 32 bytes
    byte[] expected = HexFormat.of().parseHex("55ac046e56e3089fec1691c22544b605f94185216dde0465e68b9d57c20dacbc");
    PasswordHash vector = new PasswordHash(PasswordHash.PBKDF2_HMAC_SHA256, 1, "salt".getBytes(), expected);
    assertTrue(hasher.verify("passwd", vector));
    assertArrayEquals(expected, vector.hash());
  }
}
