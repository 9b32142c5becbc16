package org.orrery.query;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.orrery.common.error.ErrorCode;
import org.orrery.common.error.OrreryException;
import org.orrery.engine.auth.UserService;
import org.orrery.engine.query.ExecutionResult;
import org.orrery.engine.query.SessionContext;
import org.orrery.query.support.EngineFixture;

/** Cancellation, memory limits, privileges and user statements. */
class QueryLifecycleTest {

  @Test
  void cancelledQueryFailsOnItsNextPage() {
    EngineFixture db = new EngineFixture().withSample();
    ExecutionResult result = db.run("select s1 from root.sg.d1");
    assertTrue(result.nextPage(1).isPresent());
    result.cancel();
    OrreryException e = assertThrows(OrreryException.class, () -> result.nextPage(1));
    assertEquals(ErrorCode.QUERY_CANCELLED, e.code());
    result.close();
  }

  @Test
  void queryOverItsMemoryLimitFails() {
    EngineFixture db = new EngineFixture(2, null, EngineFixture.config(16)).withSample();
    OrreryException e = assertThrows(OrreryException.class, () -> db.rows("select s1, s2 from root.sg.d1"));
    assertEquals(ErrorCode.MEMORY_LIMIT_EXCEEDED, e.code());
  }

  /** root is the only administrator; users are kept in a list. */
  static final class Users implements UserService {
    final java.util.TreeSet<String> names = new java.util.TreeSet<>(List.of("root"));

    @Override
    public void authenticate(String user, String password) {}

    @Override
    public void createUser(String user, String password) {
      if (!names.add(user)) {
        throw new OrreryException(ErrorCode.ILLEGAL_ARGUMENT, "user " + user + " exists");
      }
    }

    @Override
    public void dropUser(String user) {
      if (!names.remove(user)) {
        throw new OrreryException(ErrorCode.USER_NOT_FOUND, "user " + user + " does not exist");
      }
    }

    @Override
    public void changePassword(String user, String newPassword) {
      if (!names.contains(user)) {
        throw new OrreryException(ErrorCode.USER_NOT_FOUND, "user " + user + " does not exist");
      }
    }

    @Override
    public List<String> users() {
      return List.copyOf(names);
    }

    @Override
    public boolean isAdmin(String user) {
      return user.equals("root");
    }
  }

  @Test
  void nonAdministratorsMayQueryButNotRunDdl() {
    EngineFixture db = new EngineFixture(2, new Users(), EngineFixture.config(1 << 20)).withSample();
    db.exec("create user bob 'secret12'");
    assertEquals(List.of("User"), db.headers("list user"));
    assertEquals(List.of("bob", "root"), db.rows("list user"));
    SessionContext bob = SessionContext.of("bob");
    OrreryException denied = assertThrows(OrreryException.class,
        () -> db.engine.execute(bob, "create database root.x"));
    assertEquals(ErrorCode.PERMISSION_DENIED, denied.code());
    assertThrows(OrreryException.class, () -> db.engine.execute(bob, "drop user root"));
    try (ExecutionResult result = db.engine.execute(bob, "select s1 from root.sg.d1")) {
      assertTrue(result.nextPage(10).isPresent());
    }
    db.engine.execute(bob, "alter user bob set password 'other123'").close();
    db.exec("drop user bob");
    assertEquals(List.of("root"), db.rows("list user"));
  }

  @Test
  void userStatementsNeedAUserService() {
    EngineFixture db = new EngineFixture();
    OrreryException e = assertThrows(OrreryException.class, () -> db.run("list user"));
    assertEquals(ErrorCode.SEMANTIC_ERROR, e.code());
  }
}
