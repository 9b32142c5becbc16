package org.orrery.query.support;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.TreeMap;
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

/** A test double of the schema: a sorted map of series, auto-creating databases at level 1. */
public final class MemorySchema implements SchemaEngine {
  private final TreeMap<PartialPath, DatabaseInfo> databases = new TreeMap<>();
  private final TreeMap<PartialPath, SeriesInfo> series = new TreeMap<>();
  private final Map<PartialPath, Boolean> alignedDevices = new HashMap<>();

  @Override
  public synchronized DatabaseInfo createDatabase(PartialPath database) {
    for (PartialPath existing : databases.keySet()) {
      if (existing.startsWith(database) || database.startsWith(existing)) {
        throw new OrreryException(ErrorCode.DATABASE_ALREADY_EXISTS, existing + " has already been created as database");
      }
    }
    DatabaseInfo info = new DatabaseInfo(database, DatabaseInfo.NO_TTL, 604_800_000L);
    databases.put(database, info);
    return info;
  }

  @Override
  public synchronized List<DatabaseInfo> databases(PathPattern pattern) {
    List<DatabaseInfo> out = new ArrayList<>();
    for (DatabaseInfo info : databases.values()) {
      if (pattern.matches(info.path())) {
        out.add(info);
      }
    }
    return out;
  }

  @Override
  public synchronized Optional<DatabaseInfo> databaseOf(PartialPath path) {
    for (DatabaseInfo info : databases.values()) {
      if (path.startsWith(info.path())) {
        return Optional.of(info);
      }
    }
    return Optional.empty();
  }

  @Override
  public synchronized List<DatabaseInfo> dropDatabases(PathPattern pattern) {
    List<DatabaseInfo> dropped = databases(pattern);
    for (DatabaseInfo info : dropped) {
      databases.remove(info.path());
      series.keySet().removeIf(p -> p.startsWith(info.path()));
    }
    return dropped;
  }

  @Override
  public synchronized List<DatabaseInfo> setTtl(PathPattern pattern, long ttlMillis) {
    List<DatabaseInfo> out = new ArrayList<>();
    for (DatabaseInfo info : databases(pattern)) {
      DatabaseInfo changed = new DatabaseInfo(info.path(), ttlMillis, info.timePartitionMillis());
      databases.put(info.path(), changed);
      out.add(changed);
    }
    return out;
  }

  private DatabaseInfo databaseFor(PartialPath path) {
    return databaseOf(path).orElseGet(() -> createDatabase(path.subPath(0, 2)));
  }

  @Override
  public synchronized SeriesInfo createTimeseries(PartialPath path, MeasurementDefinition d) {
    if (series.containsKey(path)) {
      throw new OrreryException(ErrorCode.SERIES_ALREADY_EXISTS, "timeseries " + path + " already exists");
    }
    DatabaseInfo database = databaseFor(path);
    SeriesInfo info = new SeriesInfo(path, d.alias(), database.path(), d.type(),
        d.encoding() == null ? "GORILLA" : d.encoding(), d.compression() == null ? "LZ4" : d.compression(),
        d.tags(), d.attributes(), false);
    series.put(path, info);
    alignedDevices.put(path.devicePath(), false);
    return info;
  }

  @Override
  public synchronized List<SeriesInfo> createAlignedTimeseries(PartialPath device, List<MeasurementDefinition> ms) {
    DatabaseInfo database = databaseFor(device);
    List<SeriesInfo> out = new ArrayList<>();
    for (MeasurementDefinition d : ms) {
      SeriesInfo info = new SeriesInfo(device.append(d.name()), d.alias(), database.path(), d.type(),
          d.encoding() == null ? "GORILLA" : d.encoding(), d.compression() == null ? "LZ4" : d.compression(),
          d.tags(), d.attributes(), true);
      series.put(info.path(), info);
      out.add(info);
    }
    alignedDevices.put(device, true);
    return out;
  }

  @Override
  public synchronized List<SeriesInfo> deleteTimeseries(List<PathPattern> patterns) {
    List<SeriesInfo> out = new ArrayList<>();
    for (SeriesInfo info : new ArrayList<>(series.values())) {
      for (PathPattern pattern : patterns) {
        if (pattern.matches(info.path())) {
          out.add(info);
          series.remove(info.path());
          break;
        }
      }
    }
    if (out.isEmpty()) {
      throw new OrreryException(ErrorCode.PATH_NOT_FOUND, "no series matches " + patterns);
    }
    return out;
  }

  @Override
  public synchronized SeriesInfo alterTimeseries(PartialPath path, TagChange change, Map<String, String> attrs, String alias) {
    SeriesInfo info = series.get(path);
    if (info == null) {
      throw new OrreryException(ErrorCode.PATH_NOT_FOUND, "series " + path + " does not exist");
    }
    Map<String, String> tags = new HashMap<>(info.tags());
    Map<String, String> attributes = new HashMap<>(info.attributes());
    switch (change.action()) {
      case ADD_TAGS, UPSERT -> tags.putAll(change.entries());
      case ADD_ATTRIBUTES -> attributes.putAll(change.entries());
      case DROP -> change.entries().keySet().forEach(k -> {
        tags.remove(k);
        attributes.remove(k);
      });
      case SET -> change.entries().forEach((k, v) -> {
        if (tags.containsKey(k)) {
          tags.put(k, v);
        } else {
          attributes.put(k, v);
        }
      });
      case RENAME -> change.entries().forEach((k, v) -> {
        if (tags.containsKey(k)) {
          tags.put(v, tags.remove(k));
        } else if (attributes.containsKey(k)) {
          attributes.put(v, attributes.remove(k));
        }
      });
    }
    if (attrs != null) {
      attributes.putAll(attrs);
    }
    SeriesInfo changed = new SeriesInfo(path, alias != null ? alias : info.alias(), info.database(), info.type(),
        info.encoding(), info.compression(), tags, attributes, info.aligned());
    series.put(path, changed);
    return changed;
  }

  @Override
  public synchronized List<SeriesInfo> series(PathPattern pattern, List<SeriesFilter> filters, int offset, int limit) {
    List<SeriesInfo> out = new ArrayList<>();
    for (SeriesInfo info : series.values()) {
      boolean matches = pattern.matches(info.path())
          || (info.alias() != null && pattern.matches(info.device().append(info.alias())));
      for (SeriesFilter filter : filters) {
        matches &= switch (filter.kind()) {
          case TAG_EQUALS -> filter.value().equals(info.tags().get(filter.key()));
          case TAG_CONTAINS -> info.tags().getOrDefault(filter.key(), "").contains(filter.value());
          case NAME_CONTAINS -> info.path().toString().contains(filter.value());
          case DATA_TYPE -> info.type().name().equals(filter.value());
        };
      }
      if (matches) {
        out.add(info);
      }
    }
    int from = Math.min(offset, out.size());
    int to = limit == 0 ? out.size() : Math.min(out.size(), from + limit);
    return new ArrayList<>(out.subList(from, to));
  }

  @Override
  public synchronized Optional<SeriesInfo> seriesAt(PartialPath path) {
    return Optional.ofNullable(series.get(path));
  }

  @Override
  public synchronized List<DeviceInfo> devices(PathPattern pattern, int offset, int limit) {
    TreeMap<PartialPath, DeviceInfo> out = new TreeMap<>();
    for (SeriesInfo info : series.values()) {
      if (pattern.matches(info.device())) {
        out.put(info.device(), new DeviceInfo(info.device(), info.database(), info.aligned()));
      }
    }
    return new ArrayList<>(out.values());
  }

  @Override
  public synchronized List<String[]> childPaths(PathPattern pattern) {
    TreeMap<String, String> out = new TreeMap<>();
    for (SeriesInfo info : series.values()) {
      for (int len = 1; len < info.path().length(); len++) {
        PartialPath parent = info.path().subPath(0, len);
        if (pattern.matches(parent)) {
          PartialPath child = info.path().subPath(0, len + 1);
          String type = child.equals(info.path()) ? "TIMESERIES"
              : databases.containsKey(child) ? "DATABASE"
              : child.equals(info.device()) ? "DEVICE" : "INTERNAL";
          out.put(child.toString(), type);
        }
      }
    }
    List<String[]> result = new ArrayList<>();
    out.forEach((k, v) -> result.add(new String[] {k, v}));
    return result;
  }

  @Override
  public synchronized List<String> childNodes(PathPattern pattern) {
    java.util.TreeSet<String> out = new java.util.TreeSet<>();
    for (String[] child : childPaths(pattern)) {
      out.add(PartialPath.parse(child[0]).lastNode());
    }
    return new ArrayList<>(out);
  }

  @Override
  public synchronized long countTimeseries(PathPattern pattern, List<SeriesFilter> filters) {
    return series(pattern, filters, 0, 0).size();
  }

  @Override
  public synchronized long countDevices(PathPattern pattern) {
    return devices(pattern, 0, 0).size();
  }

  @Override
  public synchronized List<PartialPath> nodesAtLevel(PathPattern pattern, int level) {
    java.util.TreeSet<PartialPath> out = new java.util.TreeSet<>();
    for (SeriesInfo info : series.values()) {
      if (info.path().length() > level) {
        PartialPath cut = info.path().subPath(0, level + 1);
        if (pattern.matches(cut)) {
          out.add(cut);
        }
      }
    }
    return new ArrayList<>(out);
  }

  @Override
  public synchronized WriteSchema prepareWrite(PartialPath device, List<String> measurements, List<DataType> types, boolean aligned) {
    DatabaseInfo database = databaseFor(device);
    List<SeriesInfo> out = new ArrayList<>();
    List<OrreryException> errors = new ArrayList<>();
    for (int i = 0; i < measurements.size(); i++) {
      PartialPath path = device.append(measurements.get(i));
      SeriesInfo info = series.get(path);
      if (info == null) {
        info = aligned
            ? createAlignedTimeseries(device, List.of(MeasurementDefinition.of(measurements.get(i), types.get(i)))).get(0)
            : createTimeseries(path, MeasurementDefinition.of(measurements.get(i), types.get(i)));
      }
      boolean fits = info.type() == types.get(i)
          || (info.type().isNumeric() && types.get(i).isNumeric() && info.type().ordinal() >= types.get(i).ordinal())
          || info.type() == DataType.TEXT;
      if (fits) {
        out.add(info);
        errors.add(null);
      } else {
        out.add(null);
        errors.add(new OrreryException(ErrorCode.TYPE_MISMATCH, "series " + path + " is " + info.type()
            + ", cannot write " + types.get(i)));
      }
    }
    return new WriteSchema(database, aligned, out, errors);
  }

  @Override
  public DataType inferType(LiteralKind kind) {
    return switch (kind) {
      case BOOLEAN -> DataType.BOOLEAN;
      case INTEGER, FLOATING -> DataType.DOUBLE;
      case STRING -> DataType.TEXT;
    };
  }

  @Override
  public OptionalInt autoCreateDatabaseLevel() {
    return OptionalInt.of(1);
  }
}
