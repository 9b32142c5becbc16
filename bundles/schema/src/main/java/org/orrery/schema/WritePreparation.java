package org.orrery.schema;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.orrery.common.error.ErrorCode;
import org.orrery.common.error.OrreryException;
import org.orrery.common.path.NodeName;
import org.orrery.common.path.PartialPath;
import org.orrery.common.type.DataType;
import org.orrery.engine.schema.DatabaseInfo;
import org.orrery.engine.schema.SeriesInfo;
import org.orrery.engine.schema.WriteSchema;
import org.orrery.schema.store.SchemaOp;
import org.orrery.schema.tree.DatabaseNode;
import org.orrery.schema.tree.InnerNode;
import org.orrery.schema.tree.MeasurementNode;
import org.orrery.schema.tree.SchemaNode;
import org.orrery.schema.tree.SchemaTree;

/**
 * The schema check of one write to one device ({@link
 * org.orrery.engine.schema.SchemaEngine#prepareWrite}). It runs first without creating anything
 * (under the read lock, the common case of a known device) and only when something is missing
 * again with creation allowed (under the write lock). Columns are judged one by one: a type
 * conflict rejects its column, never the write.
 */
final class WritePreparation {
  /** Records a change in the log and applies it; see FileSchemaEngine. */
  interface ChangeRecorder {
    SchemaNode record(SchemaOp op);
  }

  private final SchemaTree tree;
  private final SchemaConfig config;
  private final PartialPath device;
  private final List<String> measurements;
  private final List<DataType> types;
  private final boolean aligned;

  WritePreparation(
      SchemaTree tree,
      SchemaConfig config,
      PartialPath device,
      List<String> measurements,
      List<DataType> types,
      boolean aligned) {
    SchemaChecks.requireConcrete(device, "device");
    if (device.length() < 2) {
      throw SchemaChecks.illegal("root cannot be a device");
    }
    if (measurements.size() != types.size()) {
      throw SchemaChecks.illegal(
          "the write to " + device + " names " + measurements.size() + " measurements but gives "
              + types.size() + " types");
    }
    this.tree = tree;
    this.config = config;
    this.device = device;
    this.measurements = measurements;
    this.types = types;
    this.aligned = aligned;
  }

  /**
   * The result when nothing needs creating, else null.
   *
   * @throws OrreryException for a write that fails as a whole
   */
  WriteSchema withoutCreating() {
    DatabaseNode database = tree.databaseOn(device.nodes());
    if (database == null) {
      if (config.autoCreateSchema()) {
        return null;
      }
      throw databaseMissing();
    }
    InnerNode deviceNode = SchemaChecks.existingDevice(database, device);
    SchemaChecks.checkAlignment(deviceNode, device, aligned);
    return resolve(database.info(), deviceNode, null);
  }

  /** The result, creating the database and series that auto-creation allows. */
  WriteSchema creating(ChangeRecorder recorder) {
    DatabaseNode database = tree.databaseOn(device.nodes());
    if (database == null) {
      if (!config.autoCreateSchema()) {
        throw databaseMissing();
      }
      PartialPath path = SchemaChecks.autoDatabasePath(device, config.defaultDatabaseLevel());
      SchemaChecks.checkCanCreateDatabase(tree, path);
      database =
          (DatabaseNode)
              recorder.record(
                  new SchemaOp.CreateDatabase(path, DatabaseInfo.NO_TTL, config.timePartitionMillis()));
    }
    InnerNode deviceNode = SchemaChecks.existingDevice(database, device);
    SchemaChecks.checkAlignment(deviceNode, device, aligned);
    return resolve(database.info(), deviceNode, recorder);
  }

  /**
   * Judges every column; creates missing series through {@code recorder}, or returns null at the
   * first one when there is none.
   */
  private WriteSchema resolve(DatabaseInfo database, InnerNode deviceNode, ChangeRecorder recorder) {
    int n = measurements.size();
    SeriesInfo[] series = new SeriesInfo[n];
    OrreryException[] errors = new OrreryException[n];
    Set<String> seen = n > 1 ? new HashSet<>() : null;
    for (int i = 0; i < n; i++) {
      String name = measurements.get(i);
      DataType written = types.get(i);
      OrreryException problem = nameProblem(name, seen);
      if (problem != null) {
        errors[i] = problem;
        continue;
      }
      MeasurementNode existing = deviceNode == null ? null : deviceNode.measurement(name);
      if (existing != null) {
        if (written == null || TypeCompatibility.accepts(existing.type(), written)) {
          series[i] = SeriesViews.seriesOf(device, existing);
        } else {
          errors[i] = typeMismatch(existing, written);
        }
        continue;
      }
      if (deviceNode != null && deviceNode.child(name) != null) {
        errors[i] = SchemaChecks.illegal(device.append(name) + " is not a timeseries");
        continue;
      }
      if (!config.autoCreateSchema()) {
        errors[i] =
            new OrreryException(
                ErrorCode.PATH_NOT_FOUND, "timeseries " + device.append(name) + " does not exist");
        continue;
      }
      if (written == null) {
        errors[i] =
            SchemaChecks.illegal(
                "cannot create " + device.append(name) + ": no value gives its data type");
        continue;
      }
      if (recorder == null) {
        return null;
      }
      SchemaOp.CreateSeries create =
          new SchemaOp.CreateSeries(
              device.append(name),
              written,
              config.defaultEncoding(written),
              config.defaultCompressor(),
              aligned,
              null,
              Map.of(),
              Map.of());
      MeasurementNode created = (MeasurementNode) recorder.record(create);
      deviceNode = created.device();
      series[i] = SeriesViews.seriesOf(device, created);
    }
    boolean deviceAligned = deviceNode != null && deviceNode.isDevice() ? deviceNode.isAligned() : aligned;
    return new WriteSchema(
        database, deviceAligned, new ArrayList<>(Arrays.asList(series)), Arrays.asList(errors));
  }

  private OrreryException nameProblem(String name, Set<String> seen) {
    if (name == null || name.isEmpty()) {
      return SchemaChecks.illegal("empty measurement name in the write to " + device);
    }
    if (NodeName.isWildcard(name)) {
      return SchemaChecks.illegal(
          "measurement name '" + name + "' in the write to " + device + " must not contain '*'");
    }
    if (seen != null && !seen.add(name)) {
      return SchemaChecks.illegal(
          "measurement " + name + " appears more than once in the write to " + device);
    }
    return null;
  }

  private OrreryException typeMismatch(MeasurementNode existing, DataType written) {
    return new OrreryException(
        ErrorCode.TYPE_MISMATCH,
        "timeseries " + device.append(existing.name()) + " has data type " + existing.type()
            + " and cannot accept " + written + " values");
  }

  private OrreryException databaseMissing() {
    return new OrreryException(
        ErrorCode.DATABASE_NOT_FOUND,
        "no database holds " + device + " and auto.create.schema is off");
  }
}
