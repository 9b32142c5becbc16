package org.orrery.query.support;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import org.orrery.common.time.TimestampPrecision;
import org.orrery.engine.auth.UserService;
import org.orrery.engine.query.ExecutionResult;
import org.orrery.engine.query.SessionContext;
import org.orrery.query.QueryConfig;
import org.orrery.query.QueryEngineCore;
import org.orrery.query.function.FunctionRegistry;

/** An engine over the in-memory doubles, with helpers to run SQL as root. */
public class EngineFixture {
  public final MemorySchema schema = new MemorySchema();
  public final MemoryStorage storage;
  public final FunctionRegistry functions = TestFunctions.registry();
  public final QueryEngineCore engine;
  public final SessionContext root = new SessionContext("root", ZoneOffset.UTC, 0);

  public EngineFixture() {
    this(2, null, QueryConfig.DEFAULT);
  }

  public EngineFixture(int segmentPoints, UserService users, QueryConfig config) {
    storage = new MemoryStorage(segmentPoints);
    engine = new QueryEngineCore(config, schema, storage, users, functions,
        Clock.fixed(Instant.ofEpochMilli(1_000_000), ZoneOffset.UTC));
  }

  public static QueryConfig config(long memoryLimit) {
    return new QueryConfig(0, memoryLimit, TimestampPrecision.MILLISECONDS, "test");
  }

  public ExecutionResult run(String sql) {
    return engine.execute(root, sql);
  }

  /** Runs statements that return no rows. */
  public void exec(String... sql) {
    for (String statement : sql) {
      try (ExecutionResult result = engine.execute(root, statement)) {
        // executed for its effect
      }
    }
  }

  public List<String> rows(String sql) {
    return Rows.all(run(sql));
  }

  public List<String> headers(String sql) {
    try (ExecutionResult result = run(sql)) {
      return Rows.headers(result);
    }
  }

  /**
   * root.sg.d1: s1 INT32 = 1,2,3,4 at t=1..4; s2 DOUBLE = 1.5,2.5,3.5 at 1..3 and 5.5 at 5.
   * root.sg.d2: s1 INT32 = 10 at 1, 30 at 3.
   */
  public EngineFixture withSample() {
    exec("create database root.sg",
        "create timeseries root.sg.d1.s1 with datatype=INT32",
        "create timeseries root.sg.d1.s2 with datatype=DOUBLE",
        "create timeseries root.sg.d2.s1 with datatype=INT32",
        "insert into root.sg.d1(time, s1, s2) values (1, 1, 1.5), (2, 2, 2.5), (3, 3, 3.5)",
        "insert into root.sg.d1(time, s1) values (4, 4)",
        "insert into root.sg.d1(time, s2) values (5, 5.5)",
        "insert into root.sg.d2(time, s1) values (1, 10), (3, 30)");
    return this;
  }
}
