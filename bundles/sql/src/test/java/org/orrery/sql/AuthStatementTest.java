package org.orrery.sql;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.orrery.sql.Fixtures.paths;

import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.orrery.sql.ast.Statement;
import org.orrery.sql.ast.StatementFamily;
import org.orrery.sql.ast.auth.AlterUserPassword;
import org.orrery.sql.ast.auth.CreateRole;
import org.orrery.sql.ast.auth.CreateUser;
import org.orrery.sql.ast.auth.DropRole;
import org.orrery.sql.ast.auth.DropUser;
import org.orrery.sql.ast.auth.GrantPrivileges;
import org.orrery.sql.ast.auth.GrantRole;
import org.orrery.sql.ast.auth.Grantee;
import org.orrery.sql.ast.auth.GranteeKind;
import org.orrery.sql.ast.auth.ListPrivileges;
import org.orrery.sql.ast.auth.ListRoles;
import org.orrery.sql.ast.auth.ListUsers;
import org.orrery.sql.ast.auth.Privilege;
import org.orrery.sql.ast.auth.RevokePrivileges;
import org.orrery.sql.ast.auth.RevokeRole;

/** User, role and privilege statements from the IoTDB 1.3 administration guide. */
class AuthStatementTest {
  private static Grantee user(String name) {
    return new Grantee(GranteeKind.USER, name);
  }

  private static Grantee role(String name) {
    return new Grantee(GranteeKind.ROLE, name);
  }

  static Stream<Arguments> statements() {
    return Stream.of(
        Arguments.of("CREATE USER user1 'passwd'", new CreateUser("user1", "passwd")),
        Arguments.of("CREATE USER ln_write_user 'write_pwd'", new CreateUser("ln_write_user", "write_pwd")),
        Arguments.of("CREATE USER `special``user.` 'write_pwd'", new CreateUser("special`user.", "write_pwd")),
        Arguments.of("create user thulab \"pa'ss\"", new CreateUser("thulab", "pa'ss")),
        Arguments.of("DROP USER user1", new DropUser("user1")),
        Arguments.of("CREATE ROLE role1", new CreateRole("role1")),
        Arguments.of("CREATE ROLE `111`", new CreateRole("111")),
        Arguments.of("DROP ROLE role1", new DropRole("role1")),
        Arguments.of("GRANT ROLE admin TO user1", new GrantRole("admin", "user1")),
        Arguments.of("REVOKE ROLE admin FROM user1", new RevokeRole("admin", "user1")),
        Arguments.of("LIST USER", new ListUsers(Optional.empty())),
        Arguments.of("LIST ROLE", new ListRoles(Optional.empty())),
        Arguments.of("LIST USER OF ROLE roleuser", new ListUsers(Optional.of("roleuser"))),
        Arguments.of("LIST ROLE OF USER tempuser", new ListRoles(Optional.of("tempuser"))),
        Arguments.of("LIST PRIVILEGES OF USER tempuser;", new ListPrivileges(user("tempuser"))),
        Arguments.of("LIST PRIVILEGES OF ROLE actor;", new ListPrivileges(role("actor"))),
        Arguments.of("ALTER USER tempuser SET PASSWORD 'newpwd';", new AlterUserPassword("tempuser", "newpwd")),
        Arguments.of("ALTER USER root SET PASSWORD 'newpwd'", new AlterUserPassword("root", "newpwd")),
        Arguments.of(
            "GRANT READ ON root.** TO ROLE role1;",
            new GrantPrivileges(List.of(Privilege.READ), paths("root.**"), role("role1"), false)),
        Arguments.of(
            "GRANT READ_DATA, WRITE_DATA ON root.t1.** TO USER user1;",
            new GrantPrivileges(List.of(Privilege.READ_DATA, Privilege.WRITE_DATA), paths("root.t1.**"), user("user1"), false)),
        Arguments.of(
            "GRANT READ_DATA, WRITE_DATA ON root.t1.**,root.t2.** TO USER user1;",
            new GrantPrivileges(
                List.of(Privilege.READ_DATA, Privilege.WRITE_DATA), paths("root.t1.**", "root.t2.**"), user("user1"), false)),
        Arguments.of(
            "GRANT MANAGE_ROLE ON root.** TO USER user1 WITH GRANT OPTION;",
            new GrantPrivileges(List.of(Privilege.MANAGE_ROLE), paths("root.**"), user("user1"), true)),
        Arguments.of(
            "GRANT ALL ON root.** TO USER user1 WITH GRANT OPTION;",
            new GrantPrivileges(List.of(Privilege.ALL), paths("root.**"), user("user1"), true)),
        Arguments.of(
            "grant use_model, use_udf, use_trigger, use_cq, maintain on root.** to user u1",
            new GrantPrivileges(
                List.of(Privilege.USE_MODEL, Privilege.USE_UDF, Privilege.USE_TRIGGER, Privilege.USE_CQ, Privilege.MAINTAIN),
                paths("root.**"),
                user("u1"),
                false)),
        Arguments.of(
            "REVOKE READ ON root.** FROM ROLE role1;",
            new RevokePrivileges(List.of(Privilege.READ), paths("root.**"), role("role1"))),
        Arguments.of(
            "REVOKE READ_DATA, WRITE_DATA ON root.t1.**, root.t2.** FROM USER user1;",
            new RevokePrivileges(
                List.of(Privilege.READ_DATA, Privilege.WRITE_DATA), paths("root.t1.**", "root.t2.**"), user("user1"))),
        Arguments.of(
            "REVOKE ALL ON ROOT.** FROM USER user1;",
            new RevokePrivileges(List.of(Privilege.ALL), paths("root.**"), user("user1"))));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("statements")
  void parsesDocumentedStatement(String sql, Statement expected) {
    Statement statement = SqlParser.parseStatement(sql);
    assertEquals(expected, statement);
    assertEquals(StatementFamily.AUTH, statement.family());
  }

  @Test
  void passwordsStayOutOfTextForm() {
    Statement create = SqlParser.parseStatement("CREATE USER u1 'secret1'");
    assertFalse(create.toString().contains("secret1"), create.toString());
    Statement alter = SqlParser.parseStatement("ALTER USER u1 SET PASSWORD 'secret2'");
    assertFalse(alter.toString().contains("secret2"), alter.toString());
  }
}
