package org.orrery.query.statement;

import org.orrery.common.error.ErrorCode;
import org.orrery.common.error.OrreryException;
import org.orrery.engine.query.ExecutionResult;
import org.orrery.query.context.QueryContext;
import org.orrery.query.plan.QueryPlanner;
import org.orrery.sql.ast.Statement;
import org.orrery.sql.ast.auth.AlterUserPassword;
import org.orrery.sql.ast.auth.CreateUser;
import org.orrery.sql.ast.auth.DropUser;
import org.orrery.sql.ast.auth.ListUsers;
import org.orrery.sql.ast.metadata.CountDatabases;
import org.orrery.sql.ast.metadata.CountDevices;
import org.orrery.sql.ast.metadata.CountNodes;
import org.orrery.sql.ast.metadata.CountTimeseries;
import org.orrery.sql.ast.metadata.ShowChildNodes;
import org.orrery.sql.ast.metadata.ShowChildPaths;
import org.orrery.sql.ast.metadata.ShowDatabases;
import org.orrery.sql.ast.metadata.ShowDevices;
import org.orrery.sql.ast.metadata.ShowTimeseries;
import org.orrery.sql.ast.metadata.ShowTtl;
import org.orrery.sql.ast.metadata.ShowVersion;
import org.orrery.sql.ast.query.ExplainStatement;
import org.orrery.sql.ast.query.QueryStatement;
import org.orrery.sql.ast.schema.AlterTimeseries;
import org.orrery.sql.ast.schema.CreateAlignedTimeseries;
import org.orrery.sql.ast.schema.CreateDatabase;
import org.orrery.sql.ast.schema.CreateTimeseries;
import org.orrery.sql.ast.schema.DeleteTimeseries;
import org.orrery.sql.ast.schema.DropDatabase;
import org.orrery.sql.ast.schema.Flush;
import org.orrery.sql.ast.schema.SetTtl;
import org.orrery.sql.ast.schema.UnsetTtl;
import org.orrery.sql.ast.write.DeleteData;
import org.orrery.sql.ast.write.InsertStatement;

/** Routes each statement to its executor. */
public final class StatementDispatcher {
  private final SchemaStatements schema;
  private final MetadataStatements metadata;
  private final WriteStatements writes;
  private final UserStatements users;
  private final QueryPlanner queries;

  public StatementDispatcher(Engines engines) {
    this.schema = new SchemaStatements(engines);
    this.metadata = new MetadataStatements(engines);
    this.writes = new WriteStatements(engines, schema);
    this.users = new UserStatements(engines);
    this.queries = new QueryPlanner(engines, new TabletWriter(engines));
  }

  public ExecutionResult execute(Statement statement, QueryContext context) {
    if (statement instanceof QueryStatement query) {
      return queries.execute(query, context);
    }
    if (statement instanceof ExplainStatement explain) {
      return queries.explain(explain.query(), context);
    }
    if (statement instanceof InsertStatement insert) {
      return writes.insert(insert, context.time());
    }
    if (statement instanceof DeleteData delete) {
      return writes.delete(delete, context.time());
    }
    if (statement instanceof CreateDatabase s) {
      return schema.createDatabase(s);
    }
    if (statement instanceof DropDatabase s) {
      return schema.dropDatabases(s);
    }
    if (statement instanceof CreateTimeseries s) {
      return schema.createTimeseries(s);
    }
    if (statement instanceof CreateAlignedTimeseries s) {
      return schema.createAlignedTimeseries(s);
    }
    if (statement instanceof DeleteTimeseries s) {
      return schema.deleteTimeseries(s);
    }
    if (statement instanceof AlterTimeseries s) {
      return schema.alterTimeseries(s);
    }
    if (statement instanceof SetTtl s) {
      return schema.setTtl(s);
    }
    if (statement instanceof UnsetTtl s) {
      return schema.unsetTtl(s);
    }
    if (statement instanceof Flush s) {
      return schema.flush(s);
    }
    if (statement instanceof ShowDatabases s) {
      return metadata.showDatabases(s, context);
    }
    if (statement instanceof CountDatabases s) {
      return metadata.countDatabases(s, context);
    }
    if (statement instanceof ShowDevices s) {
      return metadata.showDevices(s, context);
    }
    if (statement instanceof CountDevices s) {
      return metadata.countDevices(s, context);
    }
    if (statement instanceof ShowTimeseries s) {
      return metadata.showTimeseries(s, context);
    }
    if (statement instanceof CountTimeseries s) {
      return metadata.countTimeseries(s, context);
    }
    if (statement instanceof ShowChildPaths s) {
      return metadata.showChildPaths(s, context);
    }
    if (statement instanceof ShowChildNodes s) {
      return metadata.showChildNodes(s, context);
    }
    if (statement instanceof CountNodes s) {
      return metadata.countNodes(s, context);
    }
    if (statement instanceof ShowTtl s) {
      return metadata.showTtl(s, context);
    }
    if (statement instanceof ShowVersion) {
      return metadata.showVersion(context);
    }
    if (statement instanceof CreateUser s) {
      return users.create(s);
    }
    if (statement instanceof DropUser s) {
      return users.drop(s);
    }
    if (statement instanceof AlterUserPassword s) {
      return users.alterPassword(s);
    }
    if (statement instanceof ListUsers s) {
      if (s.ofRole().isPresent()) {
        throw new OrreryException(ErrorCode.SEMANTIC_ERROR, "roles are not supported: LIST USER OF ROLE " + s.ofRole().get());
      }
      return users.list(context);
    }
    throw new OrreryException(ErrorCode.SEMANTIC_ERROR,
        "the query engine does not run " + statement.getClass().getSimpleName() + " statements");
  }
}
