package org.orrery.query;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.orrery.codec.api.SimpleCodecRegistry;
import org.orrery.common.error.OrreryException;
import org.orrery.engine.query.ExecutionResult;
import org.orrery.engine.query.SessionContext;
import org.orrery.functions.BuiltinFunctions;
import org.orrery.query.function.FunctionRegistry;
import org.orrery.query.function.UdtfFactory;
import org.orrery.query.support.Rows;
import org.orrery.schema.FileSchemaEngine;
import org.orrery.schema.SchemaConfig;
import org.orrery.storage.LsmStorageEngine;
import org.orrery.storage.StorageConfig;

/**
 * SQL end to end against the real schema (orrery-schema), storage (orrery-storage) and built-in
 * functions (orrery-functions): create, insert, flush, query.
 */
class RealModulesTest {
  @TempDir
  Path dir;

  private FileSchemaEngine schema;
  private LsmStorageEngine storage;
  private QueryEngineCore engine;
  private final SessionContext root = new SessionContext("root", ZoneOffset.UTC, 0);

  @BeforeEach
  void open() {
    reopen();
  }

  /** Opens schema, storage and an engine over the files in {@link #dir}. */
  private void reopen() {
    schema = new FileSchemaEngine(SchemaConfig.defaults(), dir.resolve("schema"));
    storage = new LsmStorageEngine(StorageConfig.defaults().withCompaction(false, 60_000, 1000),
        dir.resolve("data"), SimpleCodecRegistry.fromServiceLoader(getClass().getClassLoader()));
    FunctionRegistry functions = new FunctionRegistry();
    BuiltinFunctions.scalars().forEach(functions::registerScalar);
    BuiltinFunctions.aggregates().forEach(functions::registerAggregate);
    for (Map.Entry<String, java.util.function.Supplier<org.orrery.udf.api.UDTF>> t : BuiltinFunctions.transforms().entrySet()) {
      functions.registerTransform(t.getKey(), UdtfFactory.of(t.getValue()));
    }
    engine = new QueryEngineCore(QueryConfig.DEFAULT, schema, storage, null, functions);
  }

  @AfterEach
  void close() throws Exception {
    storage.close();
    schema.close();
  }

  private void exec(String... sql) {
    for (String statement : sql) {
      engine.execute(root, statement).close();
    }
  }

  private List<String> rows(String sql) {
    return Rows.all(engine.execute(root, sql));
  }

  private List<String> headers(String sql) {
    try (ExecutionResult result = engine.execute(root, sql)) {
      return Rows.headers(result);
    }
  }

  private void sample() {
    exec("create database root.sg",
        "create timeseries root.sg.d1.s1 with datatype=INT32, encoding=RLE",
        "create timeseries root.sg.d1.s2 with datatype=DOUBLE",
        "insert into root.sg.d1(time, s1, s2) values (1, 1, 1.5), (2, 2, 2.5), (3, 3, 3.5)",
        "insert into root.sg.d1(time, s1) values (4, 4)",
        "insert into root.sg.d1(time, s2) values (5, 5.5)");
  }

  @Test
  void rawQueriesBeforeAndAfterFlush() {
    sample();
    List<String> expected = List.of("1|1|1.5", "2|2|2.5", "3|3|3.5", "4|4|null", "5|null|5.5");
    assertEquals(expected, rows("select s1, s2 from root.sg.d1"));
    exec("flush");
    assertEquals(expected, rows("select s1, s2 from root.sg.d1"));
    assertEquals(List.of("4|4|null", "3|3|3.5"), rows("select s1, s2 from root.sg.d1 order by time desc limit 2 offset 1"));
    assertEquals(List.of("2|2|2.5", "3|3|3.5"), rows("select s1, s2 from root.sg.d1 where time >= 2 and s1 < 4"));
  }

  @Test
  void aggregationsFromStatisticsAndPoints() {
    sample();
    exec("flush");
    assertEquals(List.of("count(root.sg.d1.s1)", "sum(root.sg.d1.s1)", "avg(root.sg.d1.s2)"),
        headers("select count(s1), sum(s1), avg(s2) from root.sg.d1"));
    assertEquals(List.of("4|10.0|3.25"), rows("select count(s1), sum(s1), avg(s2) from root.sg.d1"));
    assertEquals(List.of("1|2", "3|2", "5|0"), rows("select count(s1) from root.sg.d1 group by ([1, 6), 2ms)"));
    assertEquals(List.of("2|5.0"), rows("select count(s1), sum(s1) from root.sg.d1 where s2 > 2"));
    assertEquals(List.of("4"), rows("select max_value(s1) from root.sg.d1"));
  }

  @Test
  void newerPointsInMemoryJoinFlushedOnes() {
    sample();
    exec("flush", "insert into root.sg.d1(time, s1) values (6, 6)", "insert into root.sg.d1(time, s1) values (2, 20)");
    // 1..4 plus 6, with t=2 overwritten by 20: 1 + 20 + 3 + 4 + 6
    assertEquals(List.of("5|34.0"), rows("select count(s1), sum(s1) from root.sg.d1"));
    assertEquals(List.of("6|root.sg.d1.s1|6|INT32"), rows("select last s1 from root.sg.d1"));
  }

  @Test
  void builtinScalarAndTransformFunctions() {
    sample();
    assertEquals(List.of("Time", "sin(root.sg.d1.s2)"), headers("select sin(s2) from root.sg.d1"));
    assertEquals(Math.sin(1.5), Double.parseDouble(rows("select sin(s2) from root.sg.d1").get(0).split("\\|")[1]), 1e-12);
    List<String> top = rows("select top_k(s1, 'k'='2') from root.sg.d1");
    assertEquals(List.of("3|3", "4|4"), top);
  }

  @Test
  void literalArgumentsAndStatefulScalars() {
    sample();
    assertEquals(List.of("Time", "round(root.sg.d1.s2, 0)"), headers("select round(s2, 0) from root.sg.d1 where time = 1"));
    // the first result row has no previous row
    assertEquals(List.of("2|null", "3|1.0", "4|1.0"), rows("select diff(s1) from root.sg.d1 where time > 1 and time < 5"));
    assertEquals(List.of("4|1.0", "3|1.0", "2|null"),
        rows("select diff(s1) from root.sg.d1 where time > 1 and time < 5 order by time desc"));
    // s1 > 1 holds at t = 2, 3, 4: one run of 3, which keep >= 2 counts once
    assertEquals(List.of("1"), rows("select count_if(s1 > 1, keep >= 2) from root.sg.d1"));
  }

  @Test
  void metadataAndDeletion() {
    sample();
    assertEquals(List.of("root.sg.d1.s1|null|root.sg|INT32|RLE"),
        rows("show timeseries root.sg.d1.s1").stream().map(r -> String.join("|", List.of(r.split("\\|")).subList(0, 5))).toList());
    assertEquals(List.of("2"), rows("count timeseries root.**"));
    exec("delete from root.sg.d1.s1 where time <= 2");
    assertEquals(List.of("2"), rows("select count(s1) from root.sg.d1"));
    exec("delete timeseries root.sg.d1.s2");
    assertEquals(List.of("1"), rows("count timeseries root.**"));
    exec("drop database root.sg");
    assertEquals(List.of(), rows("show databases"));
    // series that no longer exist select nothing, as in IoTDB
    assertEquals(List.of(), rows("select count(s1) from root.sg.d1"));
  }

  @Test
  void autoCreationInfersTypes() {
    exec("insert into root.auto.d(time, i, f, b, t) values (1, 1, 1.5, true, 'x')");
    List<String> types = new ArrayList<>();
    for (String row : rows("show timeseries root.auto.**")) {
      String[] cells = row.split("\\|");
      types.add(cells[0] + "=" + cells[3]);
    }
    assertTrue(types.contains("root.auto.d.b=BOOLEAN"), types.toString());
    assertTrue(types.contains("root.auto.d.t=TEXT") || types.contains("root.auto.d.t=STRING"), types.toString());
    assertEquals(List.of("1|1.5|true|x"), rows("select f, b, t from root.auto.d"));
  }

  @Test
  void ttlsSurviveARestartOfStorage() throws Exception {
    long now = System.currentTimeMillis();
    exec("create database root.ttl",
        "insert into root.ttl.d(time, s) values (1000, 1.0), (" + now + ", 2.0)",
        "set ttl to root.ttl 3600000",
        "flush");
    assertEquals(List.of("1"), rows("select count(s) from root.ttl.d"));
    storage.close();
    schema.close();
    reopen();
    // the schema recovered the TTL but the new storage does not know it until the engine starts
    engine.applyStorageTtls();
    assertEquals(List.of("1"), rows("select count(s) from root.ttl.d"));
    assertEquals(List.of(now + "|2.0"), rows("select s from root.ttl.d"));
  }
}
