package org.orrery.query;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.orrery.common.block.Column;
import org.orrery.common.error.ErrorCode;
import org.orrery.common.error.OrreryException;
import org.orrery.common.path.PartialPath;
import org.orrery.common.type.DataType;
import org.orrery.engine.query.InsertTablet;
import org.orrery.engine.query.SessionContext;
import org.orrery.query.support.EngineFixture;
import org.orrery.query.support.TestUsers;

/**
 * The interim privilege rule: root may do everything; any other user is denied every read, write
 * and DDL, and may only change their own password.
 */
class PrivilegesTest {
  private final TestUsers users = new TestUsers();
  private final EngineFixture db = new EngineFixture(2, users, EngineFixture.config(1 << 20)).withSample();
  private final SessionContext bob = SessionContext.of("bob");

  private OrreryException denied(String sql) {
    return assertThrows(OrreryException.class, () -> db.engine.execute(bob, sql).close(), sql);
  }

  @Test
  void rootRunsUserStatements() {
    db.exec("create user bob 'secret12'");
    assertEquals(List.of("User"), db.headers("list user"));
    assertEquals(List.of("bob", "root"), db.rows("list user"));
    db.exec("drop user bob");
    assertEquals(List.of("root"), db.rows("list user"));
  }

  @Test
  void otherUsersAreDeniedReadsWritesAndDdlNamingUserAndKind() {
    db.exec("create user bob 'secret12'");
    List<String> statements = List.of(
        "select s1 from root.sg.d1",
        "select last s1 from root.sg.d1",
        "select count(s1) from root.sg.d1 group by ([0, 10), 5ms)",
        "select s1 into root.sg.copy(s1) from root.sg.d1",
        "show timeseries root.**",
        "show databases",
        "count devices root.**",
        "show version",
        "insert into root.sg.d1(time, s1) values (100, 100)",
        "delete from root.sg.d1.s1 where time < 2",
        "create database root.x",
        "create timeseries root.sg.d1.s9 with datatype=INT32",
        "delete timeseries root.sg.d1.s1",
        "set ttl to root.sg 1000",
        "drop database root.sg",
        "flush",
        "create user eve 'secret12'",
        "drop user root",
        "alter user root set password 'stolen12'",
        "list user");
    for (String sql : statements) {
      OrreryException e = denied(sql);
      assertEquals(ErrorCode.PERMISSION_DENIED, e.code(), sql);
      assertTrue(e.getMessage().contains("user bob"), e.getMessage());
    }
    assertTrue(denied("select s1 from root.sg.d1").getMessage().contains("(QUERY)"));
    assertTrue(denied("insert into root.sg.d1(time, s1) values (100, 100)").getMessage().contains("(WRITE)"));
    assertTrue(denied("create database root.x").getMessage().contains("CreateDatabase (SCHEMA)"));
    // nothing the denied statements tried happened
    assertEquals(List.of("1|1", "2|2", "3|3", "4|4"), db.rows("select s1 from root.sg.d1"));
    assertEquals(List.of("root.sg|1|1|0|604800000"), db.rows("show databases"));
    assertEquals(List.of("bob", "root"), db.rows("list user"));
    assertEquals(List.of(), users.passwordChanges);
  }

  @Test
  void otherUsersCannotInsertTablets() {
    InsertTablet tablet = new InsertTablet(PartialPath.parse("root.sg.d1"), false, List.of("s1"),
        new long[] {100}, List.of(new Column(DataType.INT32, new int[] {100}, null, 1)), 1);
    OrreryException e = assertThrows(OrreryException.class, () -> db.engine.insert(bob, List.of(tablet)));
    assertEquals(ErrorCode.PERMISSION_DENIED, e.code());
    assertTrue(e.getMessage().contains("user bob"), e.getMessage());
    assertEquals(List.of("1|1", "2|2", "3|3", "4|4"), db.rows("select s1 from root.sg.d1"));
    assertEquals(1, db.engine.insert(db.root, List.of(tablet)).valuesWritten());
    assertEquals(List.of("100|100"), db.rows("select s1 from root.sg.d1 where time = 100"));
  }

  @Test
  void aUserMayChangeOnlyTheirOwnPassword() {
    db.exec("create user bob 'secret12'");
    db.engine.execute(bob, "alter user bob set password 'other123'").close();
    assertEquals(List.of("bob"), users.passwordChanges);
    assertEquals(ErrorCode.PERMISSION_DENIED, denied("alter user root set password 'other123'").code());
    db.exec("alter user bob set password 'third123'");
    assertEquals(List.of("bob", "bob"), users.passwordChanges);
  }
}
