package org.orrery.query;

import java.time.Clock;
import java.util.List;
import java.util.Objects;
import org.orrery.common.error.OrreryException;
import org.orrery.common.time.TimeContext;
import org.orrery.engine.auth.UserService;
import org.orrery.engine.query.ExecutionResult;
import org.orrery.engine.query.InsertOutcome;
import org.orrery.engine.query.InsertTablet;
import org.orrery.engine.query.QueryEngine;
import org.orrery.engine.query.SessionContext;
import org.orrery.engine.schema.SchemaEngine;
import org.orrery.engine.storage.StorageEngine;
import org.orrery.query.context.Failures;
import org.orrery.query.context.QueryContext;
import org.orrery.query.function.FunctionRegistry;
import org.orrery.query.statement.Engines;
import org.orrery.query.statement.Privileges;
import org.orrery.query.statement.StatementDispatcher;
import org.orrery.query.statement.StorageTtls;
import org.orrery.query.statement.TabletWriter;
import org.orrery.sql.SqlParser;
import org.orrery.sql.ast.Statement;

/**
 * The query engine without OSGi: parse, check privileges, then run the statement through its
 * executor. Failures users see are {@link OrreryException}s; anything else that escapes an
 * executor is reported as an internal error with its message, never as a crash of the caller.
 */
public final class QueryEngineCore implements QueryEngine {
  private final QueryConfig config;
  private final Engines engines;
  private final StatementDispatcher dispatcher;
  private final TabletWriter tablets;
  private final Clock clock;

  /**
   * @param users the user service, or null when there is none (every user may run everything)
   */
  public QueryEngineCore(QueryConfig config, SchemaEngine schema, StorageEngine storage, UserService users,
      FunctionRegistry functions) {
    this(config, schema, storage, users, functions, Clock.systemUTC());
  }

  /** As above with the clock {@code now()} reads (for tests). */
  public QueryEngineCore(QueryConfig config, SchemaEngine schema, StorageEngine storage, UserService users,
      FunctionRegistry functions, Clock clock) {
    this.config = Objects.requireNonNull(config, "config");
    this.engines = new Engines(config, Objects.requireNonNull(schema, "schema"),
        Objects.requireNonNull(storage, "storage"), users, Objects.requireNonNull(functions, "functions"));
    this.dispatcher = new StatementDispatcher(engines);
    this.tablets = new TabletWriter(engines);
    this.clock = clock;
  }

  /**
   * Applies every database's TTL from the schema to storage, which keeps TTLs in memory only;
   * the OSGi component calls it when it starts.
   *
   * @return the number of databases that have a TTL
   */
  public int applyStorageTtls() {
    return StorageTtls.applyAll(engines.schema(), engines.storage());
  }

  public FunctionRegistry functions() {
    return engines.functions();
  }

  @Override
  public ExecutionResult execute(SessionContext session, String sql) {
    Statement statement;
    try {
      statement = SqlParser.parseStatement(sql);
    } catch (RuntimeException | StackOverflowError e) {
      throw Failures.toUser(e);
    }
    return run(session, statement);
  }

  /** Runs an already parsed statement. */
  public ExecutionResult run(SessionContext session, Statement statement) {
    Privileges.check(engines.users(), session.user(), statement);
    QueryContext context = context(session);
    try {
      return dispatcher.execute(statement, context);
    } catch (RuntimeException | StackOverflowError e) {
      throw Failures.toUser(e);
    }
  }

  /** A context for one statement of {@code session}: its zone, the timeout and memory limit. */
  public QueryContext context(SessionContext session) {
    long timeout = session.queryTimeoutMillis() > 0 ? session.queryTimeoutMillis() : config.defaultTimeoutMillis();
    return new QueryContext(new TimeContext(session.zone(), config.precision(), clock), timeout,
        config.memoryLimitBytes());
  }

  @Override
  public InsertOutcome insert(SessionContext session, List<InsertTablet> tablets) {
    Privileges.checkInsert(engines.users(), session.user());
    try {
      return this.tablets.write(tablets);
    } catch (RuntimeException e) {
      throw Failures.toUser(e);
    }
  }
}
