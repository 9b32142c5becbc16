package org.orrery.query;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.orrery.codec.api.SimpleCodecRegistry;
import org.orrery.common.block.Block;
import org.orrery.common.error.OrreryException;
import org.orrery.engine.query.ExecutionResult;
import org.orrery.engine.query.SessionContext;
import org.orrery.functions.BuiltinFunctions;
import org.orrery.query.function.FunctionRegistry;
import org.orrery.query.function.UdtfFactory;
import org.orrery.query.support.CountingStorage;
import org.orrery.query.support.Rows;
import org.orrery.query.support.StatementFuzzer;
import org.orrery.query.support.TestUsers;
import org.orrery.schema.FileSchemaEngine;
import org.orrery.schema.SchemaConfig;
import org.orrery.storage.LsmStorageEngine;
import org.orrery.storage.StorageConfig;

/**
 * Thousands of malformed, random and mutated statements against the real schema, storage and
 * functions: each must either run or fail with an {@link OrreryException} carrying a code (never
 * another exception), leave no storage scan open, and the engine must still answer afterwards.
 */
class RobustnessTest {
  /** Statements generated; {@code -Dfuzz.statements=N} runs more. */
  private static final int STATEMENTS = Integer.getInteger("fuzz.statements", 4000);
  /** The fuzzer's seed; {@code -Dfuzz.seed=N} explores other statements. */
  private static final long SEED = Long.getLong("fuzz.seed", 20_240_501L);
  /** Rows read of a result before it is closed early (closing an unfinished query is legal). */
  private static final int MAX_ROWS = 5000;

  private static final List<String> SETUP = List.of(
      "create database root.sg",
      "create timeseries root.sg.d1.s1 with datatype=INT32, encoding=RLE",
      "create timeseries root.sg.d1.s2 with datatype=DOUBLE",
      "create timeseries root.sg.d1.s3 with datatype=TEXT",
      "create timeseries root.sg.d1.s4 with datatype=BOOLEAN",
      "create aligned timeseries root.sg.a(x FLOAT, y INT64)",
      "insert into root.sg.d1(time, s1, s2, s3, s4) values (1, 1, 1.5, 'a', true), (2, 2, 2.5, 'b', false),"
          + " (3, 3, 3.5, 'c', true)",
      "insert into root.sg.a(time, x, y) aligned values (1, 1.25, 10), (4, 4.5, 40)",
      "flush",
      "insert into root.sg.d1(time, s1, s2) values (4, 4, 4.5), (10, 10, 10.5)",
      "create timeseries root.sg.d2.s1 with datatype=INT32",
      "insert into root.sg.d2(time, s1) values (1, 100), (5, 500)");

  /** Good statements of every family: the material the fuzzer mutates. */
  private static final List<String> SEEDS = List.of(
      "select s1, s2 from root.sg.d1",
      "select * from root.sg.** where time >= 2 and s1 < 4",
      "select s1 + s2 * 2, -s1, abs(s1 - 3), sin(s2) from root.sg.d1 where s1 in (1, 3)",
      "select s3 from root.sg.d1 where s3 like 'a%' or s3 regexp '^b'",
      "select s1 from root.sg.d1 where s1 between 2 and 3 order by time desc limit 2 offset 1",
      "select count(s1), sum(s2), avg(s2), max_value(s1), first_value(s3) from root.sg.d1",
      "select count(s1) from root.sg.d1 group by ([1, 11), 2ms)",
      "select count(s1) from root.sg.d1 group by ([1, 11), 3ms, 1ms) having count(s1) > 0",
      "select max_value(s2) from root.sg.d1 group by ([1, 11), 2ms) fill(previous)",
      "select avg(s2) from root.sg.d1 group by ([1, 11), 2ms) fill(linear)",
      "select s1 from root.sg.d1 fill(100)",
      "select count(s1) from root.sg.* group by level = 1",
      "select count(s1) from root.sg.d1 group by variation(s1, 1)",
      "select count(s1) from root.sg.d1 group by condition(s1 > 1, keep >= 2)",
      "select count(s1) from root.sg.d1 group by session(1ms)",
      "select count(s1) from root.sg.d1 group by count(s1, 2)",
      "select * from root.sg.* align by device",
      "select s1 from root.sg.* order by device desc, time desc limit 2 align by device",
      "select s1 from root.sg.d1 fill(previous, 2ms)",
      "select s1, s2 from root.sg.d1 order by s2 desc nulls first, time desc limit 3",
      "select s3 from root.sg.d1 order by s1 * 2 + s2 offset 1",
      "select top_k(s1, 'k'='2') * 2, s2 + top_k(s2, 'k'='3'), bottom_k(top_k(s1, 'k'='3'), 'k'='1') from root.sg.d1",
      "select last s1, s2 from root.sg.d1",
      "select last * from root.sg.** where time > 1",
      "select s1 into root.sg.copy(s1) from root.sg.d1",
      "select top_k(s1, 'k'='2'), diff(s1) from root.sg.d1",
      "select x, y from root.sg.a where x > 1.0",
      "select cast(s1 as TEXT), s1 > 1 and s4 from root.sg.d1",
      "select case when s1 > 2 then 'big' else 'small' end from root.sg.d1",
      "select s1 as speed from root.sg.d1 slimit 1 soffset 0",
      "select count_if(s1 > 1, keep >= 2) from root.sg.d1",
      "insert into root.sg.d1(time, s1, s2) values (20, 20, 20.5)",
      "insert into root.sg.d3(timestamp, t) values (2017-11-01T00:00:00+08:00, 'x')",
      "delete from root.sg.d1.s1 where time > 100",
      "create timeseries root.sg.d9.s with datatype=FLOAT, encoding=GORILLA, compressor=LZ4 tags(a=b)"
          + " attributes(c=d)",
      "alter timeseries root.sg.d1.s1 add tags t1=v1",
      "set ttl to root.sg 360000000000",
      "unset ttl from root.sg",
      "show timeseries root.sg.** where tags(t1) = 'v1' limit 2 offset 1",
      "show devices root.** with database",
      "show databases",
      "show child paths root.sg",
      "show child nodes root.sg",
      "count timeseries root.** group by level = 2",
      "count devices root.sg.**",
      "count nodes root.** level = 2",
      "show ttl on root.sg",
      "show version",
      "flush root.sg",
      "create user bob 'secret12'",
      "list user");

  @TempDir
  Path dir;

  private FileSchemaEngine schema;
  private LsmStorageEngine lsm;
  private CountingStorage storage;
  private QueryEngineCore engine;
  private final SessionContext root = new SessionContext("root", ZoneOffset.UTC, 2_000);

  @BeforeEach
  void open() {
    schema = new FileSchemaEngine(SchemaConfig.defaults(), dir.resolve("schema"));
    lsm = new LsmStorageEngine(StorageConfig.defaults().withCompaction(false, 60_000, 1000),
        dir.resolve("data"), SimpleCodecRegistry.fromServiceLoader(getClass().getClassLoader()));
    storage = new CountingStorage(lsm);
    FunctionRegistry functions = new FunctionRegistry();
    BuiltinFunctions.scalars().forEach(functions::registerScalar);
    BuiltinFunctions.aggregates().forEach(functions::registerAggregate);
    for (Map.Entry<String, java.util.function.Supplier<org.orrery.udf.api.UDTF>> t
        : BuiltinFunctions.transforms().entrySet()) {
      functions.registerTransform(t.getKey(), UdtfFactory.of(t.getValue()));
    }
    engine = new QueryEngineCore(org.orrery.query.QueryConfig.DEFAULT, schema, storage, new TestUsers(), functions);
  }

  @AfterEach
  void close() throws Exception {
    lsm.close();
    schema.close();
  }

  /** How many statements ended each way: OK or an error code's name. */
  private final Map<String, Integer> outcomes = new java.util.TreeMap<>();

  /** What went wrong with one statement, or null when it behaved. */
  private String run(String sql) {
    String outcome = "OK";
    try (ExecutionResult result = engine.execute(root, sql)) {
      assertNotNull(result, sql);
      if (result.hasRows()) {
        int rows = 0;
        Optional<Block> page;
        while (rows < MAX_ROWS && (page = result.nextPage(1000)).isPresent()) {
          rows += page.get().rowCount();
        }
      }
    } catch (OrreryException e) {
      if (e.code() == null || e.getMessage() == null || e.getMessage().isBlank()) {
        return "an OrreryException without code or message: " + e.code() + " " + e.getMessage();
      }
      outcome = e.code().name();
      if (e.code() == org.orrery.common.error.ErrorCode.INTERNAL_ERROR) {
        // the engine's catch-all for exceptions escaping an executor: always a bug
        return "internal error: " + e.getMessage() + " at " + (e.getCause() == null ? "?"
            : java.util.Arrays.toString(java.util.Arrays.copyOf(e.getCause().getStackTrace(), 4)));
      }
    } catch (Throwable e) {
      return e.getClass().getName() + ": " + e.getMessage();
    }
    if (storage.openScans() != 0) {
      return storage.openScans() + " storage scans left open";
    }
    outcomes.merge(outcome, 1, Integer::sum);
    return null;
  }

  private void setUp() {
    for (String sql : SETUP) {
      run(sql); // after a fuzzed DROP some fail with 'already exists': only the data matters
    }
  }

  @Test
  void seedsAreGoodStatements() {
    setUp();
    List<String> failed = new ArrayList<>();
    for (String sql : SEEDS) {
      try (ExecutionResult result = engine.execute(root, sql)) {
        if (result.hasRows()) {
          Rows.all(result);
        }
      } catch (OrreryException e) {
        failed.add(sql + " -> " + e.userMessage());
      }
    }
    // a mutated bad statement says little; mutating good ones reaches deep into the engine
    assertEquals(List.of(), failed);
  }

  @Test
  void malformedAndMutatedStatementsFailCleanly() {
    setUp();
    StatementFuzzer fuzzer = new StatementFuzzer(SEED, SEEDS);
    List<String> problems = new ArrayList<>();
    List<String> statements = new ArrayList<>(edgeCases());
    for (int i = 0; i < STATEMENTS; i++) {
      statements.add(fuzzer.next());
    }
    for (int i = 0; i < statements.size(); i++) {
      if (i % 500 == 0) {
        setUp();
      }
      String sql = statements.get(i);
      String problem = run(sql);
      if (problem != null) {
        problems.add("[" + (sql.length() > 200 ? sql.substring(0, 200) + "..." : sql) + "] " + problem);
      }
    }
    assertEquals(List.of(), problems.subList(0, Math.min(20, problems.size())),
        problems.size() + " statements misbehaved");
    // the mix reached past the parser: many statements ran, many failed in analysis or execution
    int total = outcomes.values().stream().mapToInt(Integer::intValue).sum();
    int ran = outcomes.getOrDefault("OK", 0);
    int syntax = outcomes.getOrDefault("SYNTAX_ERROR", 0);
    assertTrue(ran > total / 10 && total - ran - syntax > total / 20, outcomes.toString());
    // the engine still answers
    run("delete database root.sg");
    run("drop database root.sg");
    setUp();
    assertEquals(List.of("1|1|1.5", "2|2|2.5", "3|3|3.5", "4|4|4.5", "10|10|10.5"),
        Rows.all(engine.execute(root, "select s1, s2 from root.sg.d1")));
    assertEquals(0, storage.openScans());
  }

  /** Hand-written cases that stress limits rather than syntax. */
  private static List<String> edgeCases() {
    List<String> cases = new ArrayList<>(List.of(
        "", " ", ";", ";;", "select", "select from", "select * from", "select * from root",
        "select s1 from root.sg.d1 limit 0", "select s1 from root.sg.d1 limit -1",
        "select s1 from root.sg.d1 limit 99999999999999999999",
        "select s1 from root.sg.d1 offset 9223372036854775807",
        "select s1 from root.sg.d1 slimit 9223372036854775807",
        "select count(s1) from root.sg.d1 group by ([0, 9223372036854775807), 1ms)",
        "select count(s1) from root.sg.d1 group by ([-9223372036854775808, 9223372036854775807), 1ms)",
        "select count(s1) from root.sg.d1 group by ([0, 10), 0ms)",
        "select count(s1) from root.sg.d1 group by ([10, 0), 1ms)",
        "select count(s1) from root.sg.d1 group by ([0, 10), 1ms, 0ms)",
        "select count(s1) from root.sg.d1 group by ([0, 10), 1ms, 100000d)",
        "select count(s1) from root.sg.d1 group by ([0, 100000000000d), 1ms) fill(previous)",
        "select count(s1) from root.sg.d1 group by count(s1, 0)",
        "select count(s1) from root.sg.d1 group by session(0ms)",
        "select count(s1) from root.sg.d1 group by level = 99",
        "select count(s1) from root.sg.d1 group by level = -1",
        "select s1 from root.sg.d1 fill(linear, 0ms)",
        "select s1 / 0, s1 % 0, s2 / 0 from root.sg.d1",
        "select top_k(s1, 'k'='-1') from root.sg.d1",
        "select top_k(s1, 'k'='99999999999') from root.sg.d1",
        "select top_k(s1) from root.sg.d1",
        "select substring(s3, -5, 99999999999) from root.sg.d1",
        "select s1 from root.sg.d1 where time > 9223372036854775807",
        "select s1 from root.sg.d1 where time < -9223372036854775808",
        "select s1 from root.sg.d1 where time > now() - 100000000000000d",
        "insert into root.sg.d1(time, s1) values (9223372036854775807, 1)",
        "insert into root.sg.d1(time, s1) values (-9223372036854775808, 1)",
        "insert into root.sg.d1(time, s1) values (1, 99999999999999999999)",
        "insert into root.sg.d1(time, s1, s1) values (1, 1, 2)",
        "insert into root.sg.d1(time) values (1)",
        "insert into root(time, s) values (1, 1)",
        "insert into root.sg.d1.s1(time, s1) values (1, 1)",
        "create timeseries root.sg.d1.s1.sub with datatype=INT32",
        "create timeseries root with datatype=INT32",
        "create database root",
        "create database root.sg.d1",
        "delete timeseries root.**.**",
        "show timeseries root.** limit 0",
        "count nodes root.** level = 1000",
        "select `` from root.sg.d1",
        "select s1 from root.sg.d1 where s1 regexp '('",
        "select s1 from root.sg.d1 where s3 like '%%%%%%%%%%%%%%%%%%%%%%%%%%%%%%%%%%%%%%%%%%%%%%%%%%%%%%%%a'",
        "select cast(s3 as INT32) from root.sg.d1",
        "select cast(s2 as DATE) from root.sg.d1",
        "select s1 into root.sg.d1(s1) from root.sg.d1",
        "select s1 into root.sg.copy(a, b) from root.sg.d1",
        "select s1, s2 into root.sg.copy(a) from root.sg.d1",
        "select s1 into root.sg.copy(a) from root.sg.d1 align by device"));
    cases.add("select " + "(".repeat(10_000) + "s1" + ")".repeat(10_000) + " from root.sg.d1");
    cases.add("select " + "-".repeat(10_000) + "s1 from root.sg.d1");
    cases.add("select s1 from root.sg.d1 where " + "not ".repeat(10_000) + "s1 > 1");
    cases.add("select " + "s1 + ".repeat(5_000) + "s1 from root.sg.d1");
    cases.add("select s1 from root." + "a.".repeat(5_000) + "b");
    cases.add("select s1 from root.sg.d1 where s1 in (" + "1, ".repeat(20_000) + "2)");
    cases.add("'" + "x".repeat(100_000));
    return cases;
  }
}
