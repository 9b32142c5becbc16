package org.orrery.schema;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.locks.ReentrantReadWriteLock;
import java.util.function.Supplier;
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
import org.orrery.schema.store.SchemaOp;
import org.orrery.schema.store.SchemaOpApplier;
import org.orrery.schema.store.SchemaStore;
import org.orrery.schema.tree.DatabaseNode;
import org.orrery.schema.tree.InnerNode;
import org.orrery.schema.tree.MeasurementNode;
import org.orrery.schema.tree.SchemaNode;
import org.orrery.schema.tree.SchemaTree;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The schema engine on files: the tree in memory, every change logged in {@code dir} before it
 * is applied, snapshots now and then (FORMAT.md). Usable without OSGi: {@code new
 * FileSchemaEngine(config, dir)}, then {@link #close()}.
 *
 * <p>Reads share a read lock; changes take the write lock, so they apply in log order. A change
 * is validated completely, then logged, then applied; when {@code sync} is on the log is forced
 * to disk before the call returns.
 */
public final class FileSchemaEngine implements SchemaEngine, AutoCloseable {
  private static final Logger LOG = LoggerFactory.getLogger(FileSchemaEngine.class);

  private final SchemaConfig config;
  private final Path dir;
  private final SchemaTree tree = new SchemaTree();
  private final TreeQueries queries = new TreeQueries(tree);
  private final SchemaStore store;
  private final ReentrantReadWriteLock lock = new ReentrantReadWriteLock();
  private boolean closed;

  /**
   * Opens (or creates) the schema in {@code dir}, recovering it from its snapshot and log.
   *
   * @throws OrreryException IO_ERROR when the files cannot be read or written, CORRUPT_FILE when
   *     they are damaged beyond a torn log tail
   */
  public FileSchemaEngine(SchemaConfig config, Path dir) {
    this.config = config;
    this.dir = dir;
    try {
      this.store = SchemaStore.open(dir, tree, config.sync());
    } catch (IOException e) {
      throw new OrreryException(
          ErrorCode.IO_ERROR, "cannot open the schema in " + dir + ": " + e.getMessage(), e);
    }
  }

  public SchemaConfig config() {
    return config;
  }

  // ---- databases

  @Override
  public DatabaseInfo createDatabase(PartialPath database) {
    return write(
        () -> {
          SchemaChecks.checkCanCreateDatabase(tree, database);
          SchemaOp op =
              new SchemaOp.CreateDatabase(database, DatabaseInfo.NO_TTL, config.timePartitionMillis());
          return ((DatabaseNode) record(op)).info();
        });
  }

  @Override
  public List<DatabaseInfo> databases(PathPattern pattern) {
    return read(() -> infos(queries.databases(pattern)));
  }

  @Override
  public Optional<DatabaseInfo> databaseOf(PartialPath path) {
    return read(
        () -> {
          DatabaseNode database = tree.databaseOn(path.nodes());
          return database == null ? Optional.empty() : Optional.of(database.info());
        });
  }

  @Override
  public List<DatabaseInfo> dropDatabases(PathPattern pattern) {
    return write(
        () -> {
          List<DatabaseInfo> dropped = infos(matchingDatabases(pattern));
          for (DatabaseInfo database : dropped) {
            record(new SchemaOp.DropDatabase(database.path()));
          }
          return dropped;
        });
  }

  @Override
  public List<DatabaseInfo> setTtl(PathPattern pattern, long ttlMillis) {
    if (ttlMillis <= 0) {
      throw SchemaChecks.illegal("TTL must be positive but is " + ttlMillis + " ms");
    }
    return write(
        () -> {
          List<DatabaseInfo> changed = new ArrayList<>();
          for (DatabaseNode database : matchingDatabases(pattern)) {
            record(new SchemaOp.SetTtl(database.path(), ttlMillis));
            changed.add(database.info());
          }
          return changed;
        });
  }

  // ---- series

  @Override
  public SeriesInfo createTimeseries(PartialPath path, MeasurementDefinition definition) {
    SchemaChecks.requireConcrete(path, "timeseries");
    if (path.length() < 3) {
      throw SchemaChecks.illegal("timeseries " + path + " needs a database and a measurement below root");
    }
    if (!definition.name().equals(path.lastNode())) {
      throw SchemaChecks.illegal(
          "timeseries " + path + " is defined with measurement name " + definition.name());
    }
    SchemaChecks.checkDefinition(path, definition);
    byte[] codecs = codecs(definition);
    return write(
        () -> {
          PartialPath device = path.devicePath();
          DatabaseNode database = databaseForNewSeries(path, device);
          InnerNode deviceNode =
              database == null ? null : SchemaChecks.existingDevice(database, device);
          if (deviceNode != null) {
            SchemaChecks.checkFreeInDevice(deviceNode, device, definition.name(), definition.alias());
          }
          SchemaChecks.checkAlignment(deviceNode, device, false);
          if (database == null) {
            createAutoDatabase(device);
          }
          return SeriesViews.series(
              (MeasurementNode) record(createOp(path, definition, codecs, false)), path);
        });
  }

  @Override
  public List<SeriesInfo> createAlignedTimeseries(
      PartialPath device, List<MeasurementDefinition> measurements) {
    SchemaChecks.requireConcrete(device, "device");
    if (device.length() < 2) {
      throw SchemaChecks.illegal("root cannot be a device");
    }
    if (measurements.isEmpty()) {
      throw SchemaChecks.illegal("CREATE ALIGNED TIMESERIES " + device + " names no measurement");
    }
    List<byte[]> codecs = new ArrayList<>();
    Set<String> names = new HashSet<>();
    for (MeasurementDefinition definition : measurements) {
      PartialPath path = device.append(definition.name());
      SchemaChecks.checkDefinition(path, definition);
      if (!names.add(definition.name())
          || (definition.alias() != null && !names.add(definition.alias()))) {
        throw SchemaChecks.illegal(
            "aligned device " + device + " names " + definition.name()
                + (definition.alias() == null ? "" : " or alias " + definition.alias())
                + " twice");
      }
      codecs.add(codecs(definition));
    }
    return write(
        () -> {
          DatabaseNode database = databaseForNewSeries(device.append(measurements.get(0).name()), device);
          InnerNode deviceNode =
              database == null ? null : SchemaChecks.existingDevice(database, device);
          if (deviceNode != null) {
            for (MeasurementDefinition definition : measurements) {
              SchemaChecks.checkFreeInDevice(deviceNode, device, definition.name(), definition.alias());
            }
          }
          SchemaChecks.checkAlignment(deviceNode, device, true);
          if (database == null) {
            createAutoDatabase(device);
          }
          List<SeriesInfo> created = new ArrayList<>();
          for (int i = 0; i < measurements.size(); i++) {
            PartialPath path = device.append(measurements.get(i).name());
            MeasurementNode node =
                (MeasurementNode) record(createOp(path, measurements.get(i), codecs.get(i), true));
            created.add(SeriesViews.series(node, path));
          }
          return created;
        });
  }

  @Override
  public List<SeriesInfo> deleteTimeseries(List<PathPattern> patterns) {
    return write(
        () -> {
          TreeMap<PartialPath, SeriesInfo> matched = new TreeMap<>();
          for (PathPattern pattern : patterns) {
            for (SeriesInfo series : new SeriesSelection(tree, pattern, List.of()).list(0, 0)) {
              matched.put(series.path(), series);
            }
          }
          if (matched.isEmpty()) {
            throw new OrreryException(
                ErrorCode.PATH_NOT_FOUND, "no timeseries matches " + describe(patterns));
          }
          for (PartialPath path : matched.keySet()) {
            record(new SchemaOp.DeleteSeries(path));
          }
          return new ArrayList<>(matched.values());
        });
  }

  @Override
  public SeriesInfo alterTimeseries(
      PartialPath series, TagChange change, Map<String, String> upsertAttributes, String upsertAlias) {
    return write(
        () -> {
          MeasurementNode node = tree.findSeries(series);
          if (node == null) {
            throw new OrreryException(
                ErrorCode.PATH_NOT_FOUND, "timeseries " + series + " does not exist");
          }
          PartialPath path = PartialPath.of(node.pathNodes());
          TagChangePlan plan =
              TagChangePlan.of(
                  path, node.alias(), node.tags(), node.attributes(), change, upsertAttributes,
                  upsertAlias);
          SchemaChecks.checkProperties(path, plan.tags, plan.attributes);
          if (plan.alias != null && !plan.alias.equals(node.alias())) {
            SchemaChecks.checkMeasurementName(path.devicePath(), plan.alias);
            SchemaChecks.checkAliasFree(node.device(), path.devicePath(), plan.alias);
          }
          record(new SchemaOp.AlterSeries(path, plan.alias, plan.tags, plan.attributes));
          return SeriesViews.series(node, path);
        });
  }

  @Override
  public List<SeriesInfo> series(
      PathPattern pattern, List<SeriesFilter> filters, int offset, int limit) {
    return read(() -> new SeriesSelection(tree, pattern, filters).list(offset, limit));
  }

  @Override
  public Optional<SeriesInfo> seriesAt(PartialPath path) {
    return read(
        () -> {
          MeasurementNode node = tree.findSeries(path);
          return node == null ? Optional.empty() : Optional.of(SeriesViews.series(node));
        });
  }

  @Override
  public List<DeviceInfo> devices(PathPattern pattern, int offset, int limit) {
    return read(() -> queries.devices(pattern, offset, limit));
  }

  @Override
  public List<String[]> childPaths(PathPattern pattern) {
    return read(() -> queries.childPaths(pattern));
  }

  @Override
  public List<String> childNodes(PathPattern pattern) {
    return read(() -> queries.childNodes(pattern));
  }

  @Override
  public long countTimeseries(PathPattern pattern, List<SeriesFilter> filters) {
    return read(() -> new SeriesSelection(tree, pattern, filters).count());
  }

  @Override
  public long countDevices(PathPattern pattern) {
    return read(() -> queries.countDevices(pattern));
  }

  @Override
  public List<PartialPath> nodesAtLevel(PathPattern pattern, int level) {
    if (level < 0) {
      throw SchemaChecks.illegal("level must not be negative but is " + level);
    }
    return read(() -> queries.nodesAtLevel(pattern, level));
  }

  // ---- writes

  @Override
  public WriteSchema prepareWrite(
      PartialPath device, List<String> measurements, List<DataType> inferredTypes, boolean aligned) {
    WritePreparation preparation =
        new WritePreparation(tree, config, device, measurements, inferredTypes, aligned);
    WriteSchema known = read(preparation::withoutCreating);
    return known != null ? known : write(() -> preparation.creating(this::record));
  }

  @Override
  public DataType inferType(LiteralKind kind) {
    switch (kind) {
      case BOOLEAN:
        return DataType.BOOLEAN;
      case INTEGER:
        return config.integerLiteralType();
      case FLOATING:
        return config.floatingLiteralType();
      default:
        return DataType.TEXT;
    }
  }

  @Override
  public OptionalInt autoCreateDatabaseLevel() {
    return config.autoCreateSchema() ? OptionalInt.of(config.defaultDatabaseLevel()) : OptionalInt.empty();
  }

  /** Number of series; cheap, for metrics and tests. */
  public long seriesCount() {
    return read(tree::seriesCount);
  }

  /** Writes a snapshot now and starts a new, empty log. */
  public void snapshot() {
    write(
        () -> {
          takeSnapshot();
          return null;
        });
  }

  /** Writes a final snapshot when the log has grown since the last one, and closes the files. */
  @Override
  public void close() {
    lock.writeLock().lock();
    try {
      if (closed) {
        return;
      }
      closed = true;
      if (store.operationsSinceSnapshot() > 0) {
        try {
          store.snapshot(tree);
        } catch (IOException | RuntimeException e) {
          LOG.warn("schema snapshot at close failed; the log in {} still holds every change", dir, e);
        }
      }
      store.close();
    } catch (IOException e) {
      throw new OrreryException(ErrorCode.IO_ERROR, "cannot close the schema log in " + dir, e);
    } finally {
      lock.writeLock().unlock();
    }
  }

  // ---- internals

  private <T> T read(Supplier<T> body) {
    lock.readLock().lock();
    try {
      requireOpen();
      return body.get();
    } finally {
      lock.readLock().unlock();
    }
  }

  /** Runs a change under the write lock, then makes what it logged durable. */
  private <T> T write(Supplier<T> body) {
    lock.writeLock().lock();
    try {
      requireOpen();
      try {
        return body.get();
      } finally {
        commit();
      }
    } finally {
      lock.writeLock().unlock();
    }
  }

  /** Logs {@code op}, then applies it; a change the tree refuses is taken back out of the log. */
  private SchemaNode record(SchemaOp op) {
    try {
      store.append(op);
    } catch (IOException e) {
      throw new OrreryException(
          ErrorCode.IO_ERROR, "cannot log the schema change of " + op.path() + ": " + e.getMessage(), e);
    }
    try {
      return SchemaOpApplier.apply(tree, op);
    } catch (RuntimeException e) {
      try {
        store.dropLast();
      } catch (IOException suppressed) {
        e.addSuppressed(suppressed);
      }
      throw new OrreryException(
          ErrorCode.INTERNAL_ERROR,
          "schema change of " + op.path() + " could not be applied: " + e.getMessage(),
          e);
    }
  }

  private void commit() {
    try {
      store.commit();
    } catch (IOException e) {
      throw new OrreryException(
          ErrorCode.IO_ERROR, "cannot sync the schema log in " + dir + ": " + e.getMessage(), e);
    }
    // Snapshot once the log holds enough work that reading it back costs more than the
    // snapshot: at least the configured interval, and at least a quarter of the schema's size.
    long due = Math.max(config.snapshotIntervalOps(), tree.seriesCount() / 4);
    if (store.operationsSinceSnapshot() >= due) {
      try {
        takeSnapshot();
      } catch (OrreryException e) {
        LOG.warn("periodic schema snapshot failed; changes stay in the log", e);
      }
    }
  }

  private void takeSnapshot() {
    try {
      store.snapshot(tree);
    } catch (IOException e) {
      throw new OrreryException(
          ErrorCode.IO_ERROR, "cannot write the schema snapshot in " + dir + ": " + e.getMessage(), e);
    }
  }

  private void requireOpen() {
    if (closed) {
      throw new OrreryException(ErrorCode.INTERNAL_ERROR, "the schema engine in " + dir + " is closed");
    }
  }

  private List<DatabaseNode> matchingDatabases(PathPattern pattern) {
    List<DatabaseNode> matched = queries.databases(pattern);
    if (matched.isEmpty()) {
      throw new OrreryException(ErrorCode.DATABASE_NOT_FOUND, "no database matches " + pattern);
    }
    return matched;
  }

  /**
   * The existing database of a new series, or null when auto-creation will make one (checked
   * here so that nothing is created for a series that then fails).
   */
  private DatabaseNode databaseForNewSeries(PartialPath series, PartialPath device) {
    DatabaseNode database = tree.databaseOn(series.nodes());
    if (database != null) {
      if (database.path().length() >= series.length()) {
        throw SchemaChecks.illegal(series + " is a database, not a timeseries");
      }
      return database;
    }
    if (!config.autoCreateSchema()) {
      throw new OrreryException(
          ErrorCode.DATABASE_NOT_FOUND, "no database holds " + series + " and auto.create.schema is off");
    }
    SchemaChecks.checkCanCreateDatabase(
        tree, SchemaChecks.autoDatabasePath(device, config.defaultDatabaseLevel()));
    return null;
  }

  private void createAutoDatabase(PartialPath device) {
    PartialPath path = SchemaChecks.autoDatabasePath(device, config.defaultDatabaseLevel());
    record(new SchemaOp.CreateDatabase(path, DatabaseInfo.NO_TTL, config.timePartitionMillis()));
  }

  /** Encoding and compressor ids of a definition, defaults filled in. */
  private byte[] codecs(MeasurementDefinition definition) {
    byte encoding =
        definition.encoding() == null
            ? config.defaultEncoding(definition.type())
            : EncodingRules.encodingId(definition.encoding(), definition.type());
    byte compressor =
        definition.compression() == null
            ? config.defaultCompressor()
            : EncodingRules.compressorId(definition.compression());
    return new byte[] {encoding, compressor};
  }

  private static SchemaOp.CreateSeries createOp(
      PartialPath path, MeasurementDefinition definition, byte[] codecs, boolean aligned) {
    return new SchemaOp.CreateSeries(
        path,
        definition.type(),
        codecs[0],
        codecs[1],
        aligned,
        definition.alias(),
        definition.tags(),
        definition.attributes());
  }

  private static List<DatabaseInfo> infos(List<DatabaseNode> nodes) {
    List<DatabaseInfo> infos = new ArrayList<>(nodes.size());
    for (DatabaseNode node : nodes) {
      infos.add(node.info());
    }
    return infos;
  }

  private static String describe(List<PathPattern> patterns) {
    List<String> texts = new ArrayList<>();
    for (PathPattern pattern : patterns) {
      texts.add(pattern.toString());
    }
    return String.join(", ", texts);
  }
}
