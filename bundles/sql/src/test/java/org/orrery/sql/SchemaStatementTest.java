package org.orrery.sql;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.orrery.sql.Fixtures.kv;
import static org.orrery.sql.Fixtures.p;
import static org.orrery.sql.Fixtures.paths;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.orrery.common.type.DataType;
import org.orrery.sql.ast.Statement;
import org.orrery.sql.ast.StatementFamily;
import org.orrery.sql.ast.schema.AddAttributes;
import org.orrery.sql.ast.schema.AddTags;
import org.orrery.sql.ast.schema.AlignedMeasurement;
import org.orrery.sql.ast.schema.AlterDatabase;
import org.orrery.sql.ast.schema.AlterTimeseries;
import org.orrery.sql.ast.schema.CreateAlignedTimeseries;
import org.orrery.sql.ast.schema.CreateDatabase;
import org.orrery.sql.ast.schema.CreateTimeseries;
import org.orrery.sql.ast.schema.DatabaseProperty;
import org.orrery.sql.ast.schema.DeleteTimeseries;
import org.orrery.sql.ast.schema.DropDatabase;
import org.orrery.sql.ast.schema.DropKeys;
import org.orrery.sql.ast.schema.Flush;
import org.orrery.sql.ast.schema.FlushScope;
import org.orrery.sql.ast.schema.RenameKey;
import org.orrery.sql.ast.schema.SeriesDefinition;
import org.orrery.sql.ast.schema.SetTtl;
import org.orrery.sql.ast.schema.SetValues;
import org.orrery.sql.ast.schema.UnsetTtl;
import org.orrery.sql.ast.schema.UpsertAliasTagsAttributes;

/** Schema statements from the IoTDB 1.3 documentation ("Timeseries Management", SQL manual). */
class SchemaStatementTest {

  private static SeriesDefinition series(DataType type, String encoding, String compressor) {
    return new SeriesDefinition(
        type, Optional.ofNullable(encoding), Optional.ofNullable(compressor), Map.of(), Map.of(), Map.of());
  }

  static Stream<Arguments> statements() {
    return Stream.of(
        Arguments.of("create database root.ln", new CreateDatabase(p("root.ln"), Map.of())),
        Arguments.of("CREATE DATABASE root.sgcc;", new CreateDatabase(p("root.sgcc"), Map.of())),
        Arguments.of("SET STORAGE GROUP TO root.ln", new CreateDatabase(p("root.ln"), Map.of())),
        Arguments.of("create database root.`db.01`", new CreateDatabase(p("root.`db.01`"), Map.of())),
        Arguments.of(
            "CREATE DATABASE root.db WITH SCHEMA_REPLICATION_FACTOR=1, DATA_REPLICATION_FACTOR=3,"
                + " SCHEMA_REGION_GROUP_NUM=1, DATA_REGION_GROUP_NUM=2;",
            new CreateDatabase(
                p("root.db"),
                Map.of(
                    DatabaseProperty.SCHEMA_REPLICATION_FACTOR, 1L,
                    DatabaseProperty.DATA_REPLICATION_FACTOR, 3L,
                    DatabaseProperty.SCHEMA_REGION_GROUP_NUM, 1L,
                    DatabaseProperty.DATA_REGION_GROUP_NUM, 2L))),
        Arguments.of(
            "create database root.db with ttl=3600000 time_partition_interval=604800000",
            new CreateDatabase(
                p("root.db"),
                Map.of(DatabaseProperty.TTL, 3600000L, DatabaseProperty.TIME_PARTITION_INTERVAL, 604800000L))),
        Arguments.of(
            "ALTER DATABASE root.db WITH SCHEMA_REGION_GROUP_NUM=1, DATA_REGION_GROUP_NUM=2;",
            new AlterDatabase(
                p("root.db"),
                Map.of(DatabaseProperty.SCHEMA_REGION_GROUP_NUM, 1L, DatabaseProperty.DATA_REGION_GROUP_NUM, 2L))),
        Arguments.of("DELETE DATABASE root.ln", new DropDatabase(paths("root.ln"))),
        Arguments.of("DELETE DATABASE root.**", new DropDatabase(paths("root.**"))),
        Arguments.of("drop database root.ln, root.sgcc", new DropDatabase(paths("root.ln", "root.sgcc"))),
        Arguments.of("DELETE STORAGE GROUP root.ln", new DropDatabase(paths("root.ln"))),
        Arguments.of(
            "create timeseries root.ln.wf01.wt01.status with datatype=BOOLEAN,encoding=PLAIN",
            new CreateTimeseries(p("root.ln.wf01.wt01.status"), Optional.empty(), series(DataType.BOOLEAN, "PLAIN", null))),
        Arguments.of(
            "create timeseries root.ln.wf01.wt01.temperature with datatype=FLOAT,encoding=RLE",
            new CreateTimeseries(p("root.ln.wf01.wt01.temperature"), Optional.empty(), series(DataType.FLOAT, "RLE", null))),
        Arguments.of(
            "create timeseries root.ln.wf02.wt02.hardware with datatype=TEXT,encoding=PLAIN",
            new CreateTimeseries(p("root.ln.wf02.wt02.hardware"), Optional.empty(), series(DataType.TEXT, "PLAIN", null))),
        Arguments.of(
            "create timeseries root.ln.wf01.wt01.status BOOLEAN encoding=PLAIN",
            new CreateTimeseries(p("root.ln.wf01.wt01.status"), Optional.empty(), series(DataType.BOOLEAN, "PLAIN", null))),
        Arguments.of(
            "create timeseries root.sgcc.wf03.wt01.temperature FLOAT encoding=RLE",
            new CreateTimeseries(p("root.sgcc.wf03.wt01.temperature"), Optional.empty(), series(DataType.FLOAT, "RLE", null))),
        Arguments.of(
            "create timeseries root.ln.wf02.wt02.status WITH DATATYPE=BOOLEAN, ENCODING=TS_2DIFF",
            new CreateTimeseries(p("root.ln.wf02.wt02.status"), Optional.empty(), series(DataType.BOOLEAN, "TS_2DIFF", null))),
        Arguments.of(
            "CREATE TIMESERIES root.sg1.d1.s4 WITH DATATYPE=DATE, ENCODING=PLAIN, COMPRESSOR=SNAPPY",
            new CreateTimeseries(p("root.sg1.d1.s4"), Optional.empty(), series(DataType.DATE, "PLAIN", "SNAPPY"))),
        Arguments.of(
            "CREATE TIMESERIES root.sg1.d1.s5 WITH DATATYPE=TIMESTAMP, ENCODING=PLAIN, COMPRESSOR=SNAPPY",
            new CreateTimeseries(p("root.sg1.d1.s5"), Optional.empty(), series(DataType.TIMESTAMP, "PLAIN", "SNAPPY"))),
        Arguments.of(
            "create timeseries root.sg.d.s string",
            new CreateTimeseries(p("root.sg.d.s"), Optional.empty(), series(DataType.STRING, null, null))),
        Arguments.of(
            "CREATE TIMESERIES root.vehicle.d0.s0 WITH DATATYPE=FLOAT, ENCODING=RLE, 'MAX_POINT_NUMBER'='2';",
            new CreateTimeseries(
                p("root.vehicle.d0.s0"),
                Optional.empty(),
                new SeriesDefinition(
                    DataType.FLOAT, Optional.of("RLE"), Optional.empty(), kv("MAX_POINT_NUMBER", "2"), Map.of(), Map.of()))),
        Arguments.of(
            "create timeseries root.turbine.d1.s1(temprature) with datatype=FLOAT, encoding=RLE,"
                + " compression=SNAPPY tags(tag1=v1, tag2=v2) attributes(attr1=v1, attr2=v2)",
            new CreateTimeseries(
                p("root.turbine.d1.s1"),
                Optional.of("temprature"),
                new SeriesDefinition(
                    DataType.FLOAT,
                    Optional.of("RLE"),
                    Optional.of("SNAPPY"),
                    Map.of(),
                    kv("tag1", "v1", "tag2", "v2"),
                    kv("attr1", "v1", "attr2", "v2")))),
        Arguments.of(
            "create timeseries root.sg.d.s INT64 encoding=gorilla compressor=lz4 tags('unit'='°C')",
            new CreateTimeseries(
                p("root.sg.d.s"),
                Optional.empty(),
                new SeriesDefinition(
                    DataType.INT64, Optional.of("GORILLA"), Optional.of("LZ4"), Map.of(), kv("unit", "°C"), Map.of()))),
        Arguments.of(
            "CREATE ALIGNED TIMESERIES root.ln.wf01.GPS(latitude FLOAT encoding=PLAIN compressor=SNAPPY,"
                + " longitude FLOAT encoding=PLAIN compressor=SNAPPY)",
            new CreateAlignedTimeseries(
                p("root.ln.wf01.GPS"),
                List.of(
                    new AlignedMeasurement("latitude", Optional.empty(), series(DataType.FLOAT, "PLAIN", "SNAPPY")),
                    new AlignedMeasurement("longitude", Optional.empty(), series(DataType.FLOAT, "PLAIN", "SNAPPY"))))),
        Arguments.of(
            "create aligned timeseries root.sg1.d1(s1 INT32, s2 DOUBLE)",
            new CreateAlignedTimeseries(
                p("root.sg1.d1"),
                List.of(
                    new AlignedMeasurement("s1", Optional.empty(), series(DataType.INT32, null, null)),
                    new AlignedMeasurement("s2", Optional.empty(), series(DataType.DOUBLE, null, null))))),
        Arguments.of(
            "create aligned timeseries root.sg1.d1(s1 INT32 tags(tag1=v1, tag2=v2) attributes(attr1=v1, attr2=v2),"
                + " s2 DOUBLE tags(tag3=v3, tag4=v4) attributes(attr3=v3, attr4=v4))",
            new CreateAlignedTimeseries(
                p("root.sg1.d1"),
                List.of(
                    new AlignedMeasurement(
                        "s1",
                        Optional.empty(),
                        new SeriesDefinition(
                            DataType.INT32, Optional.empty(), Optional.empty(), Map.of(),
                            kv("tag1", "v1", "tag2", "v2"), kv("attr1", "v1", "attr2", "v2"))),
                    new AlignedMeasurement(
                        "s2",
                        Optional.empty(),
                        new SeriesDefinition(
                            DataType.DOUBLE, Optional.empty(), Optional.empty(), Map.of(),
                            kv("tag3", "v3", "tag4", "v4"), kv("attr3", "v3", "attr4", "v4")))))),
        Arguments.of(
            "create aligned timeseries root.sg.d(s1(speed) INT32 encoding=RLE, s2 BOOLEAN)",
            new CreateAlignedTimeseries(
                p("root.sg.d"),
                List.of(
                    new AlignedMeasurement("s1", Optional.of("speed"), series(DataType.INT32, "RLE", null)),
                    new AlignedMeasurement("s2", Optional.empty(), series(DataType.BOOLEAN, null, null))))),
        Arguments.of("delete timeseries root.ln.wf01.wt01.status", new DeleteTimeseries(paths("root.ln.wf01.wt01.status"))),
        Arguments.of(
            "delete timeseries root.ln.wf01.wt01.temperature, root.ln.wf02.wt02.hardware",
            new DeleteTimeseries(paths("root.ln.wf01.wt01.temperature", "root.ln.wf02.wt02.hardware"))),
        Arguments.of("delete timeseries root.ln.wf02.*", new DeleteTimeseries(paths("root.ln.wf02.*"))),
        Arguments.of("drop timeseries root.ln.wf02.*", new DeleteTimeseries(paths("root.ln.wf02.*"))),
        Arguments.of(
            "ALTER timeseries root.turbine.d1.s1 RENAME tag1 TO newTag1",
            new AlterTimeseries(p("root.turbine.d1.s1"), new RenameKey("tag1", "newTag1"))),
        Arguments.of(
            "ALTER timeseries root.turbine.d1.s1 SET newTag1=newV1, attr1=newV1",
            new AlterTimeseries(p("root.turbine.d1.s1"), new SetValues(kv("newTag1", "newV1", "attr1", "newV1")))),
        Arguments.of(
            "ALTER timeseries root.turbine.d1.s1 DROP tag1, tag2",
            new AlterTimeseries(p("root.turbine.d1.s1"), new DropKeys(List.of("tag1", "tag2")))),
        Arguments.of(
            "ALTER timeseries root.turbine.d1.s1 ADD TAGS tag3=v3, tag4=v4",
            new AlterTimeseries(p("root.turbine.d1.s1"), new AddTags(kv("tag3", "v3", "tag4", "v4")))),
        Arguments.of(
            "ALTER timeseries root.turbine.d1.s1 ADD ATTRIBUTES attr3=v3, attr4=v4",
            new AlterTimeseries(p("root.turbine.d1.s1"), new AddAttributes(kv("attr3", "v3", "attr4", "v4")))),
        Arguments.of(
            "ALTER timeseries root.ln.wf02.wt02.hardware ADD TAGS unit=c",
            new AlterTimeseries(p("root.ln.wf02.wt02.hardware"), new AddTags(kv("unit", "c")))),
        Arguments.of(
            "ALTER timeseries root.turbine.d1.s1 UPSERT ALIAS=newAlias TAGS(tag3=v3, tag4=v4) ATTRIBUTES(attr3=v3, attr4=v4)",
            new AlterTimeseries(
                p("root.turbine.d1.s1"),
                new UpsertAliasTagsAttributes(
                    Optional.of("newAlias"), kv("tag3", "v3", "tag4", "v4"), kv("attr3", "v3", "attr4", "v4")))),
        Arguments.of(
            "alter timeseries root.sg.d.s upsert tags(k='v w')",
            new AlterTimeseries(
                p("root.sg.d.s"), new UpsertAliasTagsAttributes(Optional.empty(), kv("k", "v w"), Map.of()))),
        Arguments.of("set ttl to root.ln 3600000", new SetTtl(p("root.ln"), OptionalLong.of(3600000))),
        Arguments.of("set ttl to root.sgcc.** 3600000", new SetTtl(p("root.sgcc.**"), OptionalLong.of(3600000))),
        Arguments.of("set ttl to root.** 3600000", new SetTtl(p("root.**"), OptionalLong.of(3600000))),
        Arguments.of("set ttl to root.sg.group1.** INF", new SetTtl(p("root.sg.group1.**"), OptionalLong.empty())),
        Arguments.of("unset ttl from root.ln", new UnsetTtl(p("root.ln"))),
        Arguments.of("unset ttl from root.sgcc.**", new UnsetTtl(p("root.sgcc.**"))),
        Arguments.of("unset ttl to root.**", new UnsetTtl(p("root.**"))),
        Arguments.of("flush", new Flush(List.of(), Optional.empty(), Optional.empty())),
        Arguments.of("FLUSH root.ln", new Flush(paths("root.ln"), Optional.empty(), Optional.empty())),
        Arguments.of(
            "FLUSH root.ln, root.lnm.** true",
            new Flush(paths("root.ln", "root.lnm.**"), Optional.of(true), Optional.empty())),
        Arguments.of(
            "FLUSH root.ln TRUE ON LOCAL", new Flush(paths("root.ln"), Optional.of(true), Optional.of(FlushScope.LOCAL))),
        Arguments.of("flush false on cluster", new Flush(List.of(), Optional.of(false), Optional.of(FlushScope.CLUSTER))));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("statements")
  void parsesDocumentedStatement(String sql, Statement expected) {
    Statement statement = SqlParser.parseStatement(sql);
    assertEquals(expected, statement);
    assertEquals(StatementFamily.SCHEMA, statement.family());
  }

  @Test
  void tagOrderIsKept() {
    CreateTimeseries create =
        (CreateTimeseries)
            SqlParser.parseStatement("create timeseries root.a.b.c INT32 tags(z=1, a=2, m=3)");
    assertEquals(List.of("z", "a", "m"), List.copyOf(create.definition().tags().keySet()));
  }
}
