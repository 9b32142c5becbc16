package org.orrery.schema.osgi;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import org.orrery.common.error.ErrorCode;
import org.orrery.common.error.OrreryException;
import org.orrery.common.path.PartialPath;
import org.orrery.common.path.PathPattern;
import org.orrery.common.type.DataType;
import org.orrery.engine.schema.DatabaseInfo;
import org.orrery.engine.schema.DeviceInfo;
import org.orrery.engine.schema.MeasurementDefinition;
import org.orrery.engine.schema.SchemaEngine;
import org.orrery.engine.schema.SeriesFilter;
import org.orrery.engine.schema.SeriesInfo;
import org.orrery.engine.schema.TagChange;
import org.orrery.engine.schema.WriteSchema;
import org.orrery.schema.FileSchemaEngine;
import org.orrery.schema.SchemaConfig;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.ConfigurationPolicy;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.service.metatype.annotations.Designate;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The schema engine as an OSGi service (PID {@code org.orrery.schema}): a thin wrapper that reads
 * the configuration, opens a {@link FileSchemaEngine} on activation (recovering the schema) and
 * closes it on deactivation. A configuration change restarts the component.
 */
@Component(
    service = SchemaEngine.class,
    configurationPid = "org.orrery.schema",
    configurationPolicy = ConfigurationPolicy.OPTIONAL,
    immediate = true)
@Designate(ocd = SchemaComponentConfig.class)
public class SchemaComponent implements SchemaEngine {
  private static final Logger LOG = LoggerFactory.getLogger(SchemaComponent.class);

  private FileSchemaEngine engine;

  @Activate
  void activate(SchemaComponentConfig config) {
    Path dir =
        config.data_dir().isBlank()
            ? Path.of(System.getProperty("karaf.data", "data")).resolve("system").resolve("schema")
            : Path.of(config.data_dir());
    engine = new FileSchemaEngine(toSchemaConfig(config), dir);
    LOG.info("schema engine open in {}", dir);
  }

  @Deactivate
  void deactivate() {
    if (engine != null) {
      engine.close();
      engine = null;
    }
  }

  /** The engine settings of a component configuration. */
  static SchemaConfig toSchemaConfig(SchemaComponentConfig config) {
    SchemaConfig.Builder builder =
        SchemaConfig.builder()
            .autoCreateSchema(config.auto_create_schema())
            .defaultDatabaseLevel(config.default_database_level())
            .integerLiteralType(type("integer.literal.type", config.integer_literal_type()))
            .floatingLiteralType(type("floating.literal.type", config.floating_literal_type()))
            .timePartitionMillis(config.time_partition_interval())
            .sync(config.sync())
            .snapshotIntervalOps(config.snapshot_interval_ops())
            .defaultCompressor(config.default_compressor());
    Map<DataType, String> encodings =
        Map.of(
            DataType.BOOLEAN, config.default_encoding_boolean(),
            DataType.INT32, config.default_encoding_int32(),
            DataType.INT64, config.default_encoding_int64(),
            DataType.FLOAT, config.default_encoding_float(),
            DataType.DOUBLE, config.default_encoding_double(),
            DataType.TEXT, config.default_encoding_text(),
            DataType.STRING, config.default_encoding_string(),
            DataType.BLOB, config.default_encoding_blob(),
            DataType.DATE, config.default_encoding_date(),
            DataType.TIMESTAMP, config.default_encoding_timestamp());
    encodings.forEach(builder::defaultEncoding);
    return builder.build();
  }

  private static DataType type(String property, String value) {
    try {
      return DataType.fromName(value.trim());
    } catch (IllegalArgumentException e) {
      throw new OrreryException(
          ErrorCode.ILLEGAL_ARGUMENT, property + " is '" + value + "', which is not a data type");
    }
  }

  @Override
  public DatabaseInfo createDatabase(PartialPath database) {
    return engine.createDatabase(database);
  }

  @Override
  public List<DatabaseInfo> databases(PathPattern pattern) {
    return engine.databases(pattern);
  }

  @Override
  public Optional<DatabaseInfo> databaseOf(PartialPath path) {
    return engine.databaseOf(path);
  }

  @Override
  public List<DatabaseInfo> dropDatabases(PathPattern pattern) {
    return engine.dropDatabases(pattern);
  }

  @Override
  public List<DatabaseInfo> setTtl(PathPattern pattern, long ttlMillis) {
    return engine.setTtl(pattern, ttlMillis);
  }

  @Override
  public SeriesInfo createTimeseries(PartialPath path, MeasurementDefinition definition) {
    return engine.createTimeseries(path, definition);
  }

  @Override
  public List<SeriesInfo> createAlignedTimeseries(
      PartialPath device, List<MeasurementDefinition> measurements) {
    return engine.createAlignedTimeseries(device, measurements);
  }

  @Override
  public List<SeriesInfo> deleteTimeseries(List<PathPattern> patterns) {
    return engine.deleteTimeseries(patterns);
  }

  @Override
  public SeriesInfo alterTimeseries(
      PartialPath series, TagChange change, Map<String, String> upsertAttributes, String upsertAlias) {
    return engine.alterTimeseries(series, change, upsertAttributes, upsertAlias);
  }

  @Override
  public List<SeriesInfo> series(
      PathPattern pattern, List<SeriesFilter> filters, int offset, int limit) {
    return engine.series(pattern, filters, offset, limit);
  }

  @Override
  public Optional<SeriesInfo> seriesAt(PartialPath path) {
    return engine.seriesAt(path);
  }

  @Override
  public List<DeviceInfo> devices(PathPattern pattern, int offset, int limit) {
    return engine.devices(pattern, offset, limit);
  }

  @Override
  public List<String[]> childPaths(PathPattern pattern) {
    return engine.childPaths(pattern);
  }

  @Override
  public List<String> childNodes(PathPattern pattern) {
    return engine.childNodes(pattern);
  }

  @Override
  public long countTimeseries(PathPattern pattern, List<SeriesFilter> filters) {
    return engine.countTimeseries(pattern, filters);
  }

  @Override
  public long countDevices(PathPattern pattern) {
    return engine.countDevices(pattern);
  }

  @Override
  public List<PartialPath> nodesAtLevel(PathPattern pattern, int level) {
    return engine.nodesAtLevel(pattern, level);
  }

  @Override
  public WriteSchema prepareWrite(
      PartialPath device, List<String> measurements, List<DataType> inferredTypes, boolean aligned) {
    return engine.prepareWrite(device, measurements, inferredTypes, aligned);
  }

  @Override
  public DataType inferType(LiteralKind kind) {
    return engine.inferType(kind);
  }

  @Override
  public OptionalInt autoCreateDatabaseLevel() {
    return engine.autoCreateDatabaseLevel();
  }
}
