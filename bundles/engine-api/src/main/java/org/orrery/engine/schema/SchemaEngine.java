package org.orrery.engine.schema;

import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import org.orrery.common.error.OrreryException;
import org.orrery.common.path.PartialPath;
import org.orrery.common.path.PathPattern;
import org.orrery.common.type.DataType;
import org.osgi.annotation.versioning.ProviderType;

/**
 * The schema of a node: databases, devices and series, persisted and recovered by the
 * implementation. Thread-safe. Every failure is an {@link OrreryException} whose code and message
 * name the offending path or value ({@code DATABASE_NOT_FOUND}, {@code DATABASE_ALREADY_EXISTS},
 * {@code SERIES_ALREADY_EXISTS}, {@code PATH_NOT_FOUND}, {@code TYPE_MISMATCH}, ...).
 *
 * <p>Pattern methods follow IoTDB: {@code *} matches one node, {@code **} one or more. Listing
 * methods return results ordered by path.
 */
@ProviderType
public interface SchemaEngine {

  // ---- databases

  /** Creates a database; fails when it, a prefix or a descendant already is one. */
  DatabaseInfo createDatabase(PartialPath database);

  /** The databases matching {@code pattern}. */
  List<DatabaseInfo> databases(PathPattern pattern);

  /** The database that holds {@code path} (a device or series path), if any. */
  Optional<DatabaseInfo> databaseOf(PartialPath path);

  /**
   * Drops the databases matching {@code pattern} with all their series.
   *
   * @return the dropped databases (the caller drops their data)
   */
  List<DatabaseInfo> dropDatabases(PathPattern pattern);

  /** Sets the TTL of the databases matching {@code pattern}; {@link DatabaseInfo#NO_TTL} unsets. */
  List<DatabaseInfo> setTtl(PathPattern pattern, long ttlMillis);

  // ---- series

  /** Creates one non-aligned series; its database must exist unless auto-creation is on. */
  SeriesInfo createTimeseries(PartialPath path, MeasurementDefinition definition);

  /** Creates an aligned device with the given measurements (or adds them to one). */
  List<SeriesInfo> createAlignedTimeseries(PartialPath device, List<MeasurementDefinition> measurements);

  /**
   * Deletes the series matching any of the patterns.
   *
   * @return the deleted series (the caller deletes their data)
   * @throws OrreryException PATH_NOT_FOUND when no series matches
   */
  List<SeriesInfo> deleteTimeseries(List<PathPattern> patterns);

  /** Applies an {@code ALTER TIMESERIES} change to one series. */
  SeriesInfo alterTimeseries(PartialPath series, TagChange change, java.util.Map<String, String> upsertAttributes, String upsertAlias);

  /**
   * The series matching {@code pattern} (an alias in the last node matches too) that pass every
   * filter, in path order, after skipping {@code offset}, at most {@code limit} (0 = no limit).
   */
  List<SeriesInfo> series(PathPattern pattern, List<SeriesFilter> filters, int offset, int limit);

  /** The series at exactly {@code path} (or by alias), if any. */
  Optional<SeriesInfo> seriesAt(PartialPath path);

  /** The devices matching {@code pattern}, in path order. */
  List<DeviceInfo> devices(PathPattern pattern, int offset, int limit);

  /**
   * The full paths one level below the paths matching {@code pattern} ({@code SHOW CHILD PATHS}),
   * each with its node type text: {@code DATABASE}, {@code DEVICE}, {@code TIMESERIES},
   * {@code INTERNAL} (IoTDB's names), as {@code [path, type]} pairs.
   */
  List<String[]> childPaths(PathPattern pattern);

  /** The distinct names one level below the paths matching {@code pattern}. */
  List<String> childNodes(PathPattern pattern);

  /** Number of series matching {@code pattern} and filters. */
  long countTimeseries(PathPattern pattern, List<SeriesFilter> filters);

  /** Number of devices matching {@code pattern}. */
  long countDevices(PathPattern pattern);

  /** The distinct paths of the matching paths cut at {@code level} (root is level 0). */
  List<PartialPath> nodesAtLevel(PathPattern pattern, int level);

  // ---- writes

  /**
   * Checks a write to {@code device} and creates what is missing when auto-creation is on: the
   * database (at the configured level) and each missing series, typed by {@code inferredTypes}
   * (the types the values suggest; a column whose value needs converting is accepted when the
   * existing type can hold it, as IoTDB does). Columns whose existing type conflicts are
   * rejected in the result, not by an exception.
   *
   * @param inferredTypes per column, the type of the values written
   * @throws OrreryException when the device or database cannot be resolved at all, or aligned-ness
   *     conflicts with the existing device
   */
  WriteSchema prepareWrite(PartialPath device, List<String> measurements, List<DataType> inferredTypes, boolean aligned);

  /**
   * The type auto-creation gives an untyped literal of the given kind: {@code BOOLEAN} for
   * booleans, the configured type for integer literals (DOUBLE by default) and floating literals
   * (DOUBLE), TEXT for strings.
   */
  DataType inferType(LiteralKind kind);

  /** The level at which auto-creation puts the database (root = 0, IoTDB's default 1). */
  OptionalInt autoCreateDatabaseLevel();

  /** Kinds of untyped literals in {@code INSERT ... VALUES}. */
  enum LiteralKind {
    BOOLEAN,
    INTEGER,
    FLOATING,
    STRING
  }
}
