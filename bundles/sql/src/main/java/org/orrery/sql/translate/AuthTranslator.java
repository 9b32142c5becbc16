package org.orrery.sql.translate;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.orrery.sql.ast.Statement;
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
import org.orrery.sql.parser.OrrerySqlParser.AlterUserPasswordContext;
import org.orrery.sql.parser.OrrerySqlParser.CreateRoleContext;
import org.orrery.sql.parser.OrrerySqlParser.CreateUserContext;
import org.orrery.sql.parser.OrrerySqlParser.DropRoleContext;
import org.orrery.sql.parser.OrrerySqlParser.DropUserContext;
import org.orrery.sql.parser.OrrerySqlParser.GrantPrivilegesContext;
import org.orrery.sql.parser.OrrerySqlParser.GrantRoleContext;
import org.orrery.sql.parser.OrrerySqlParser.ListPrivilegesContext;
import org.orrery.sql.parser.OrrerySqlParser.ListRolesContext;
import org.orrery.sql.parser.OrrerySqlParser.ListUsersContext;
import org.orrery.sql.parser.OrrerySqlParser.PrincipalContext;
import org.orrery.sql.parser.OrrerySqlParser.PrivilegeContext;
import org.orrery.sql.parser.OrrerySqlParser.RevokePrivilegesContext;
import org.orrery.sql.parser.OrrerySqlParser.RevokeRoleContext;
import org.orrery.sql.parser.OrrerySqlParserBaseVisitor;

/** Translates the auth family: users, roles, privileges. Nothing is executed here. */
final class AuthTranslator extends OrrerySqlParserBaseVisitor<Statement> {

  @Override
  public Statement visitCreateUser(CreateUserContext context) {
    return new CreateUser(
        Names.principal(context.principal()), Names.string(context.STRING().getSymbol()));
  }

  @Override
  public Statement visitDropUser(DropUserContext context) {
    return new DropUser(Names.principal(context.principal()));
  }

  @Override
  public Statement visitAlterUserPassword(AlterUserPasswordContext context) {
    return new AlterUserPassword(
        Names.principal(context.principal()), Names.string(context.STRING().getSymbol()));
  }

  @Override
  public Statement visitCreateRole(CreateRoleContext context) {
    return new CreateRole(Names.principal(context.principal()));
  }

  @Override
  public Statement visitDropRole(DropRoleContext context) {
    return new DropRole(Names.principal(context.principal()));
  }

  @Override
  public Statement visitGrantRole(GrantRoleContext context) {
    return new GrantRole(Names.principal(context.role), Names.principal(context.user));
  }

  @Override
  public Statement visitRevokeRole(RevokeRoleContext context) {
    return new RevokeRole(Names.principal(context.role), Names.principal(context.user));
  }

  @Override
  public Statement visitGrantPrivileges(GrantPrivilegesContext context) {
    return new GrantPrivileges(
        privileges(context.privilege()),
        Paths.patterns(context.path()),
        grantee(context.USER() != null, context.principal()),
        context.OPTION() != null);
  }

  @Override
  public Statement visitRevokePrivileges(RevokePrivilegesContext context) {
    return new RevokePrivileges(
        privileges(context.privilege()),
        Paths.patterns(context.path()),
        grantee(context.USER() != null, context.principal()));
  }

  private static List<Privilege> privileges(List<PrivilegeContext> contexts) {
    List<Privilege> privileges = new ArrayList<>();
    for (PrivilegeContext context : contexts) {
      String name = Names.identifier(context.identifier());
      Privilege privilege = Privilege.fromName(name);
      if (privilege == null) {
        throw Errors.at(context, "unknown privilege '" + name + "' (expected one of "
            + List.of(Privilege.values()) + ")");
      }
      if (privileges.contains(privilege)) {
        throw Errors.at(context, "privilege " + privilege + " is given twice");
      }
      privileges.add(privilege);
    }
    return privileges;
  }

  private static Grantee grantee(boolean user, PrincipalContext name) {
    return new Grantee(user ? GranteeKind.USER : GranteeKind.ROLE, Names.principal(name));
  }

  @Override
  public Statement visitListUsers(ListUsersContext context) {
    return new ListUsers(Optional.ofNullable(context.principal()).map(Names::principal));
  }

  @Override
  public Statement visitListRoles(ListRolesContext context) {
    return new ListRoles(Optional.ofNullable(context.principal()).map(Names::principal));
  }

  @Override
  public Statement visitListPrivileges(ListPrivilegesContext context) {
    return new ListPrivileges(grantee(context.USER() != null, context.principal()));
  }
}
