package org.orrery.query;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.orrery.common.block.Column;
import org.orrery.common.path.PartialPath;
import org.orrery.common.type.DataType;
import org.orrery.engine.query.InsertTablet;
import org.orrery.engine.schema.DatabaseInfo;
import org.orrery.engine.storage.WriteBatch;
import org.orrery.query.support.EngineFixture;

/** What the engine hands storage besides points: each series' codecs, and the schema's TTLs. */
class StorageHandOffTest {
  private final EngineFixture db = new EngineFixture();

  /** measurement=encoding/compression of each column of every batch written so far. */
  private List<String> codecsWritten() {
    List<String> out = new ArrayList<>();
    for (WriteBatch batch : db.storage.batches) {
      for (int c = 0; c < batch.measurements().size(); c++) {
        out.add(batch.measurements().get(c) + "=" + batch.encoding(c) + "/" + batch.compression(c));
      }
    }
    return out;
  }

  @Test
  void insertStatementsCarryEachSeriesEncodingAndCompressor() {
    db.exec("create database root.sg",
        "create timeseries root.sg.d.a with datatype=INT32, encoding=RLE, compressor=SNAPPY",
        "create timeseries root.sg.d.b with datatype=DOUBLE, encoding=PLAIN, compressor=ZSTD");
    db.exec("insert into root.sg.d(time, b, a) values (1, 1.5, 1), (2, 2.5, 2)");
    assertEquals(List.of("b=PLAIN/ZSTD", "a=RLE/SNAPPY"), codecsWritten());
  }

  @Test
  void autoCreatedSeriesCarryTheSchemaDefaults() {
    db.exec("insert into root.sg.d(time, x) values (1, 1.5)");
    // the test schema gives auto-created series GORILLA and LZ4
    assertEquals(List.of("x=GORILLA/LZ4"), codecsWritten());
  }

  @Test
  void tabletsCarryEachSeriesEncodingAndCompressor() {
    db.exec("create database root.sg",
        "create timeseries root.sg.d.a with datatype=INT64, encoding=TS_2DIFF, compressor=LZ4",
        "create timeseries root.sg.d.b with datatype=FLOAT, encoding=GORILLA, compressor=UNCOMPRESSED");
    db.engine.insert(db.root, List.of(new InsertTablet(PartialPath.parse("root.sg.d"), false, List.of("a", "b"),
        new long[] {1, 2}, List.of(new Column(DataType.INT64, new long[] {1, 2}, null, 2),
            new Column(DataType.FLOAT, new float[] {1f, 2f}, null, 2)), 2)));
    assertEquals(List.of("a=TS_2DIFF/LZ4", "b=GORILLA/UNCOMPRESSED"), codecsWritten());
  }

  @Test
  void selectIntoWritesWithTheTargetSeriesCodecs() {
    db.exec("create database root.sg",
        "create timeseries root.sg.d.a with datatype=INT32, encoding=RLE, compressor=SNAPPY",
        "create timeseries root.sg.t.c with datatype=INT32, encoding=TS_2DIFF, compressor=ZSTD",
        "insert into root.sg.d(time, a) values (1, 1)");
    db.storage.batches.clear();
    db.rows("select a into root.sg.t(c) from root.sg.d");
    assertEquals(List.of("c=TS_2DIFF/ZSTD"), codecsWritten());
  }

  @Test
  void startingAppliesEveryDatabaseTtlFromTheSchema() {
    db.exec("create database root.a", "create database root.b", "create database root.c");
    // the schema remembers these TTLs across a restart; set them directly, as recovery would
    db.schema.setTtl(org.orrery.common.path.PathPattern.parse("root.a"), 3_600_000);
    db.schema.setTtl(org.orrery.common.path.PathPattern.parse("root.c"), 60_000);
    db.storage.ttls.clear();
    assertEquals(2, db.engine.applyStorageTtls());
    assertEquals(Map.of(PartialPath.parse("root.a"), 3_600_000L, PartialPath.parse("root.c"), 60_000L),
        db.storage.ttls);
  }

  @Test
  void ttlStatementsApplyToStorageAtOnce() {
    db.exec("create database root.a", "set ttl to root.a 5000");
    assertEquals(5000L, db.storage.ttls.get(PartialPath.parse("root.a")));
    db.exec("unset ttl from root.a");
    assertEquals(DatabaseInfo.NO_TTL, db.storage.ttls.get(PartialPath.parse("root.a")));
  }

  /** device: measurements of each scan opened so far. */
  private List<String> scans() {
    List<String> out = new ArrayList<>();
    for (org.orrery.engine.storage.SeriesQuery query : db.storage.opened) {
      out.add(query.device() + ":" + String.join(",", query.measurements()));
    }
    return out;
  }

  @Test
  void eachSeriesOfANonAlignedDeviceIsScannedAloneAndAnAlignedDeviceAtOnce() {
    db.exec("create database root.sg",
        "create aligned timeseries root.sg.a(x INT32, y INT32)",
        "create timeseries root.sg.d.s1 with datatype=INT32",
        "create timeseries root.sg.d.s2 with datatype=DOUBLE",
        "insert into root.sg.d(time, s1, s2) values (1, 1, 10), (2, 2, 20)",
        "insert into root.sg.a(time, x, y) aligned values (1, 5, 50), (3, 7, 70)");
    // the time join puts the separately scanned series back side by side
    assertEquals(List.of("1|1|10.0", "2|2|20.0"), db.rows("select s1, s2 from root.sg.d"));
    assertEquals(List.of("root.sg.d:s1", "root.sg.d:s2"), scans());
    db.storage.opened.clear();
    assertEquals(List.of("1|5|50", "3|7|70"), db.rows("select x, y from root.sg.a"));
    assertEquals(List.of("root.sg.a:x,y"), scans());
    db.storage.opened.clear();
    assertEquals(List.of("2|30.0|12.0|120.0"), db.rows("select count(s1), sum(s2), sum(x), sum(y) from root.sg.*"));
    assertEquals(List.of("root.sg.a:x,y", "root.sg.d:s1", "root.sg.d:s2"), scans().stream().sorted().toList());
  }
}
