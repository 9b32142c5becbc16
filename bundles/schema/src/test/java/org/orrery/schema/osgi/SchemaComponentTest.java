package org.orrery.schema.osgi;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.annotation.Annotation;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.orrery.common.error.OrreryException;
import org.orrery.common.path.PartialPath;
import org.orrery.common.path.PathPattern;
import org.orrery.common.type.DataType;
import org.orrery.engine.schema.SchemaEngine.LiteralKind;
import org.orrery.schema.SchemaConfig;

/** The DS wrapper without a framework: configuration mapping and the activate/deactivate cycle. */
class SchemaComponentTest {
  @TempDir Path dir;

  /** The metatype defaults, with a data directory and some overrides. */
  private static SchemaComponentConfig config(String dataDir, String integerType, String doubleEncoding) {
    return new SchemaComponentConfig() {
      @Override
      public Class<? extends Annotation> annotationType() {
        return SchemaComponentConfig.class;
      }

      @Override
      public String data_dir() {
        return dataDir;
      }

      @Override
      public boolean auto_create_schema() {
        return true;
      }

      @Override
      public int default_database_level() {
        return 1;
      }

      @Override
      public String integer_literal_type() {
        return integerType;
      }

      @Override
      public String floating_literal_type() {
        return "DOUBLE";
      }

      @Override
      public long time_partition_interval() {
        return 604_800_000L;
      }

      @Override
      public boolean sync() {
        return true;
      }

      @Override
      public long snapshot_interval_ops() {
        return 100_000L;
      }

      @Override
      public String default_compressor() {
        return "LZ4";
      }

      @Override
      public String default_encoding_boolean() {
        return "RLE";
      }

      @Override
      public String default_encoding_int32() {
        return "TS_2DIFF";
      }

      @Override
      public String default_encoding_int64() {
        return "TS_2DIFF";
      }

      @Override
      public String default_encoding_float() {
        return "GORILLA";
      }

      @Override
      public String default_encoding_double() {
        return doubleEncoding;
      }

      @Override
      public String default_encoding_text() {
        return "PLAIN";
      }

      @Override
      public String default_encoding_string() {
        return "PLAIN";
      }

      @Override
      public String default_encoding_blob() {
        return "PLAIN";
      }

      @Override
      public String default_encoding_date() {
        return "TS_2DIFF";
      }

      @Override
      public String default_encoding_timestamp() {
        return "TS_2DIFF";
      }
    };
  }

  @Test
  void configurationMapsOntoTheEngineSettings() {
    SchemaConfig mapped = SchemaComponent.toSchemaConfig(config("", "int64", "CHIMP"));
    assertEquals(DataType.INT64, mapped.integerLiteralType());
    assertEquals(11, mapped.defaultEncoding(DataType.DOUBLE)); // CHIMP's TsFile id
    assertTrue(mapped.sync());
    assertThrows(OrreryException.class, () -> SchemaComponent.toSchemaConfig(config("", "NUMBER", "GORILLA")));
    assertThrows(OrreryException.class, () -> SchemaComponent.toSchemaConfig(config("", "DOUBLE", "DICTIONARY")));
  }

  @Test
  void activationOpensTheSchemaInTheConfiguredDirectoryAndRecoversIt() {
    Path schemaDir = dir.resolve("schema");
    SchemaComponent component = new SchemaComponent();
    component.activate(config(schemaDir.toString(), "DOUBLE", "GORILLA"));
    assertEquals(DataType.DOUBLE, component.inferType(LiteralKind.INTEGER));
    component.prepareWrite(PartialPath.parse("root.sg.d"), List.of("s"), List.of(DataType.DOUBLE), false);
    component.deactivate();
    assertTrue(Files.exists(schemaDir.resolve("schema.snapshot")));

    SchemaComponent restarted = new SchemaComponent();
    restarted.activate(config(schemaDir.toString(), "DOUBLE", "GORILLA"));
    assertEquals(1, restarted.countTimeseries(PathPattern.parse("root.**"), List.of()));
    restarted.deactivate();
  }
}
