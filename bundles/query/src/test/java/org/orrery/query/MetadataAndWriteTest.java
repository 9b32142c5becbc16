package org.orrery.query;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.orrery.common.block.Column;
import org.orrery.common.error.ErrorCode;
import org.orrery.common.error.OrreryException;
import org.orrery.common.path.PartialPath;
import org.orrery.common.type.DataType;
import org.orrery.engine.query.ExecutionResult;
import org.orrery.engine.query.InsertOutcome;
import org.orrery.engine.query.InsertTablet;
import org.orrery.query.support.EngineFixture;

/** DDL, SHOW/COUNT, INSERT and DELETE end to end. */
class MetadataAndWriteTest {
  private final EngineFixture db = new EngineFixture().withSample();

  @Test
  void showTimeseriesHasIotdbColumns() {
    db.exec("create timeseries root.sg.d3.temp with datatype=FLOAT, encoding=RLE, compressor=SNAPPY tags(unit=c) attributes(maker=x)");
    String sql = "show timeseries root.sg.d3.*";
    assertEquals(List.of("Timeseries", "Alias", "Database", "DataType", "Encoding", "Compression", "Tags",
        "Attributes", "Deadband", "DeadbandParameters", "ViewType"), db.headers(sql));
    assertEquals(List.of("root.sg.d3.temp|null|root.sg|FLOAT|RLE|SNAPPY|{\"unit\":\"c\"}|{\"maker\":\"x\"}|null|null|BASE"),
        db.rows(sql));
    assertEquals(List.of("root.sg.d3.temp|null|root.sg|FLOAT|RLE|SNAPPY|{\"unit\":\"c\"}|{\"maker\":\"x\"}|null|null|BASE"),
        db.rows("show timeseries root.** where tags(unit) = 'c'"));
    assertEquals(2, db.rows("show timeseries root.sg.** limit 2").size());
  }

  @Test
  void countsAndChildren() {
    assertEquals(List.of("count(timeseries)"), db.headers("count timeseries root.**"));
    assertEquals(List.of("3"), db.rows("count timeseries root.**"));
    assertEquals(List.of("root.sg.d1|2", "root.sg.d2|1"), db.rows("count timeseries root.** group by level=2"));
    assertEquals(List.of("2"), db.rows("count devices root.sg.**"));
    assertEquals(List.of("2"), db.rows("count nodes root.** level=2"));
    assertEquals(List.of("root.sg.d1|DEVICE", "root.sg.d2|DEVICE"), db.rows("show child paths root.sg"));
    assertEquals(List.of("d1", "d2"), db.rows("show child nodes root.sg"));
  }

  @Test
  void databasesDevicesAndTtl() {
    assertEquals(List.of("Database", "SchemaReplicationFactor", "DataReplicationFactor", "TimePartitionOrigin",
        "TimePartitionInterval"), db.headers("show databases"));
    assertEquals(List.of("root.sg|1|1|0|604800000"), db.rows("show databases"));
    assertEquals(List.of("Device", "IsAligned", "Template", "TTL(ms)"), db.headers("show devices"));
    assertEquals(List.of("root.sg.d1|false|null|INF", "root.sg.d2|false|null|INF"), db.rows("show devices"));
    db.exec("set ttl to root.sg 3600000");
    assertEquals(List.of("root.sg.d1|root.sg|false|null|3600000", "root.sg.d2|root.sg|false|null|3600000"),
        db.rows("show devices with database"));
    assertEquals(List.of("root.sg.**|3600000"), db.rows("show all ttl"));
    db.exec("unset ttl from root.sg");
    assertEquals(List.of(), db.rows("show all ttl"));
    OrreryException again = assertThrows(OrreryException.class, () -> db.run("create database root.sg.d1"));
    assertEquals(ErrorCode.DATABASE_ALREADY_EXISTS, again.code());
  }

  @Test
  void insertRejectsConflictingColumnButWritesTheRest() {
    OrreryException e = assertThrows(OrreryException.class,
        () -> db.run("insert into root.sg.d1(time, s1, s3) values (10, 'abc', 7)"));
    assertEquals(ErrorCode.TYPE_MISMATCH, e.code());
    assertTrue(e.getMessage().contains("root.sg.d1.s1"), e.getMessage());
    assertEquals(List.of("10|7.0"), db.rows("select s3 from root.sg.d1"));
    assertEquals(List.of("4"), db.rows("select count(s1) from root.sg.d1"));
  }

  @Test
  void insertConvertsValuesToTheSeriesType() {
    db.exec("create timeseries root.sg.d4.f with datatype=FLOAT",
        "create timeseries root.sg.d4.t with datatype=TEXT",
        "insert into root.sg.d4(time, f, t) values (1, 2, 3.25)");
    assertEquals(List.of("1|2.0|3.25"), db.rows("select f, t from root.sg.d4"));
    try (ExecutionResult result = db.run("select f, t from root.sg.d4")) {
      assertEquals(DataType.FLOAT, result.columns().get(0).type());
      assertEquals(DataType.TEXT, result.columns().get(1).type());
    }
  }

  @Test
  void alignedInsertCreatesAlignedDevice() {
    db.exec("insert into root.sg.ad(time, a, b) aligned values (1, 1.0, true)");
    assertEquals(List.of("root.sg.ad|true|null|INF"), db.rows("show devices root.sg.ad"));
    assertEquals(List.of("1|1.0|true"), db.rows("select a, b from root.sg.ad"));
  }

  @Test
  void insertTabletsThroughTheEngine() {
    Column values = new Column(DataType.INT32, new int[] {7, 8}, null, 2);
    InsertOutcome outcome = db.engine.insert(db.root, List.of(new InsertTablet(
        PartialPath.parse("root.sg.d1"), false, List.of("s1"), new long[] {20, 21}, List.of(values), 2)));
    assertTrue(outcome.complete());
    assertEquals(2, outcome.valuesWritten());
    assertEquals(List.of("20|7", "21|8"), db.rows("select s1 from root.sg.d1 where time >= 20"));
  }

  @Test
  void deleteDataAndSeriesAndDatabases() {
    db.exec("delete from root.sg.d1.s1 where time <= 2");
    assertEquals(List.of("2"), db.rows("select count(s1) from root.sg.d1"));
    db.exec("delete timeseries root.sg.d2.s1");
    assertEquals(0, db.storage.points(PartialPath.parse("root.sg.d2"), "s1"));
    assertEquals(List.of("2"), db.rows("count timeseries root.**"));
    db.exec("drop database root.sg");
    assertEquals(List.of(), db.rows("show databases"));
    assertEquals(0, db.storage.points(PartialPath.parse("root.sg.d1"), "s2"));
    OrreryException e = assertThrows(OrreryException.class, () -> db.run("delete from root.sg.d1.s1 where s1 > 0"));
    assertEquals(ErrorCode.SEMANTIC_ERROR, e.code());
  }

  @Test
  void alterTimeseriesTags() {
    db.exec("alter timeseries root.sg.d1.s1 add tags k=v");
    assertEquals(List.of("root.sg.d1.s1"), db.rows("show timeseries root.** where tags(k) = 'v'").stream()
        .map(r -> r.split("\\|")[0]).toList());
    db.exec("alter timeseries root.sg.d1.s1 drop k");
    assertEquals(List.of(), db.rows("show timeseries root.** where tags(k) = 'v'"));
  }

  @Test
  void flushAndVersion() {
    db.exec("flush");
    assertEquals(1, db.storage.flushes.get());
    assertEquals(List.of("Version", "BuildInfo"), db.headers("show version"));
    OrreryException e = assertThrows(OrreryException.class, () -> db.run("flush root.nosuch"));
    assertEquals(ErrorCode.DATABASE_NOT_FOUND, e.code());
  }

  @Test
  void selectIntoCopiesColumns() {
    String sql = "select s1 into root.sg.copy(s1) from root.sg.d1";
    try (ExecutionResult result = db.run(sql)) {
      assertFalse(result.hasTimeColumn());
      assertEquals(List.of("SourceColumn", "TargetTimeseries", "Written"),
          result.columns().stream().map(c -> c.name()).toList());
    }
    assertEquals(List.of("1|1", "2|2", "3|3", "4|4"), db.rows("select s1 from root.sg.copy"));
    assertEquals(List.of("root.sg.d1.s2|root.bk.d1.s2|4"),
        db.rows("select s2 into root.bk.::(::) from root.sg.d1"));
    assertEquals(List.of("4"), db.rows("select count(s2) from root.bk.d1"));
  }
}
