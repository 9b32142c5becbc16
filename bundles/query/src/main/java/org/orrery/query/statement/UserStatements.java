package org.orrery.query.statement;

import org.orrery.common.error.ErrorCode;
import org.orrery.common.error.OrreryException;
import org.orrery.common.type.DataType;
import org.orrery.engine.auth.UserService;
import org.orrery.query.context.QueryContext;
import org.orrery.query.result.MessageResult;
import org.orrery.query.result.OperatorResult;
import org.orrery.query.result.TableBuilder;
import org.orrery.sql.ast.auth.AlterUserPassword;
import org.orrery.sql.ast.auth.CreateUser;
import org.orrery.sql.ast.auth.DropUser;

/** CREATE USER, DROP USER, ALTER USER ... SET PASSWORD and LIST USER through the user service. */
public final class UserStatements {
  private final Engines engines;

  public UserStatements(Engines engines) {
    this.engines = engines;
  }

  private UserService users() {
    if (engines.users() == null) {
      throw new OrreryException(ErrorCode.SEMANTIC_ERROR, "user management is not available: no user service is running");
    }
    return engines.users();
  }

  public MessageResult create(CreateUser statement) {
    users().createUser(statement.name(), statement.password());
    return MessageResult.OK;
  }

  public MessageResult drop(DropUser statement) {
    users().dropUser(statement.name());
    return MessageResult.OK;
  }

  public MessageResult alterPassword(AlterUserPassword statement) {
    users().changePassword(statement.name(), statement.password());
    return MessageResult.OK;
  }

  public OperatorResult list(QueryContext context) {
    TableBuilder table = new TableBuilder().column("User", DataType.TEXT);
    for (String user : users().users()) {
      table.row(user);
    }
    return table.result(context);
  }
}
