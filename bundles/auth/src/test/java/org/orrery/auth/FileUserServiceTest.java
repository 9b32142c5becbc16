package org.orrery.auth;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.orrery.common.error.ErrorCode;
import org.orrery.common.error.OrreryException;

class FileUserServiceTest {
  @TempDir Path dir;

  /** Few PBKDF2 iterations keep these tests fast; the production count is checked separately. */
  private FileUserService fast() {
    return new FileUserService(dir, new PasswordHasher(1_000));
  }

  private static ErrorCode codeOf(Runnable action) {
    return assertThrows(OrreryException.class, action::run).code();
  }

  @Test
  void firstStartCreatesRootWithPasswordRoot() {
    FileUserService users = fast();
    users.authenticate("root", "root");
    assertEquals(List.of("root"), users.users());
    assertTrue(users.isAdmin("root"));
    assertTrue(Files.exists(dir.resolve(UserFile.FILE_NAME)));
  }

  @Test
  void wrongPasswordAndUnknownUserFailAlike() {
    FileUserService users = fast();
    OrreryException wrong = assertThrows(OrreryException.class, () -> users.authenticate("root", "r00t"));
    OrreryException unknown = assertThrows(OrreryException.class, () -> users.authenticate("nobody", "root"));
    assertEquals(ErrorCode.AUTHENTICATION_FAILED, wrong.code());
    assertEquals(ErrorCode.AUTHENTICATION_FAILED, unknown.code());
    assertTrue(wrong.getMessage().contains("'root'"));
    assertFalse(wrong.getMessage().contains("r00t"), "the password is never echoed");
    assertEquals(wrong.getMessage().replace("root", "X"), unknown.getMessage().replace("nobody", "X"),
        "the message does not tell whether the user exists");
  }

  @Test
  void usersPersistAcrossRestarts() {
    FileUserService users = fast();
    users.createUser("alice", "secret1");
    users.changePassword("root", "n3w-root");
    FileUserService reopened = fast();
    reopened.authenticate("alice", "secret1");
    reopened.authenticate("root", "n3w-root");
    assertEquals(ErrorCode.AUTHENTICATION_FAILED, codeOf(() -> reopened.authenticate("root", "root")));
    assertEquals(List.of("alice", "root"), reopened.users());
    assertFalse(reopened.isAdmin("alice"));
  }

  @Test
  void changedPasswordInvalidatesTheOldOneEvenAfterASuccessfulLogin() {
    FileUserService users = fast();
    users.createUser("bob", "first-pw");
    users.authenticate("bob", "first-pw");
    users.authenticate("bob", "first-pw");
    users.changePassword("bob", "second-pw");
    assertEquals(ErrorCode.AUTHENTICATION_FAILED, codeOf(() -> users.authenticate("bob", "first-pw")));
    users.authenticate("bob", "second-pw");
    users.dropUser("bob");
    assertEquals(ErrorCode.AUTHENTICATION_FAILED, codeOf(() -> users.authenticate("bob", "second-pw")));
  }

  @Test
  void userManagementErrorsNameTheUser() {
    FileUserService users = fast();
    users.createUser("carol", "pass1");
    OrreryException exists = assertThrows(OrreryException.class, () -> users.createUser("carol", "pass2"));
    assertEquals(ErrorCode.ILLEGAL_ARGUMENT, exists.code());
    assertTrue(exists.getMessage().contains("carol"));
    assertEquals(ErrorCode.USER_NOT_FOUND, codeOf(() -> users.dropUser("dave")));
    assertEquals(ErrorCode.USER_NOT_FOUND, codeOf(() -> users.changePassword("dave", "whatever")));
    assertEquals(ErrorCode.ILLEGAL_ARGUMENT, codeOf(() -> users.dropUser("root")));
    assertEquals(ErrorCode.ILLEGAL_ARGUMENT, codeOf(() -> users.createUser("bad name", "pass1")));
    assertEquals(ErrorCode.ILLEGAL_ARGUMENT, codeOf(() -> users.createUser("erin", "abc")));
    assertEquals(List.of("carol", "root"), users.users());
  }

  @Test
  void theFileHoldsSaltedIteratedHashesNotPasswords() throws Exception {
    FileUserService users = new FileUserService(dir);
    users.createUser("alice", "same-password");
    users.createUser("bob", "same-password");
    byte[] file = Files.readAllBytes(dir.resolve(UserFile.FILE_NAME));
    String asText = new String(file, StandardCharsets.ISO_8859_1);
    assertFalse(asText.contains("same-password"));
    assertTrue(asText.startsWith("OUSR"));
    assertEquals(UserFile.FORMAT_VERSION, ByteBuffer.wrap(file, 4, 2).getShort());
    var stored = new UserFile(dir).read();
    PasswordHash alice = stored.get("alice");
    PasswordHash bob = stored.get("bob");
    assertEquals(PasswordHash.PBKDF2_HMAC_SHA256, alice.algorithm());
    assertTrue(alice.iterations() >= 210_000);
    assertEquals(16, alice.salt().length);
    assertEquals(32, alice.hash().length);
    assertFalse(java.util.Arrays.equals(alice.salt(), bob.salt()), "salts are random");
    assertFalse(java.util.Arrays.equals(alice.hash(), bob.hash()), "equal passwords hash differently");
  }

  @Test
  void aCorruptFileIsReportedNotIgnored() throws Exception {
    fast();
    Path file = dir.resolve(UserFile.FILE_NAME);
    byte[] bytes = Files.readAllBytes(file);
    bytes[bytes.length / 2] ^= 0x40;
    Files.write(file, bytes);
    OrreryException e = assertThrows(OrreryException.class, () -> fast());
    assertEquals(ErrorCode.CORRUPT_FILE, e.code());
    assertTrue(e.getMessage().contains(file.toString()), e.getMessage());
    Files.write(file, new byte[] {1, 2, 3});
    assertEquals(ErrorCode.CORRUPT_FILE, assertThrows(OrreryException.class, () -> fast()).code());
  }

  @Test
  void noTemporaryFileIsLeftBehind() throws Exception {
    FileUserService users = fast();
    users.createUser("frank", "secret");
    try (var files = Files.list(dir)) {
      assertEquals(List.of(UserFile.FILE_NAME), files.map(p -> p.getFileName().toString()).toList());
    }
  }
}
