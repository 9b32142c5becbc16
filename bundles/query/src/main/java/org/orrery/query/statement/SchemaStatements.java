package org.orrery.query.statement;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.orrery.common.error.ErrorCode;
import org.orrery.common.error.OrreryException;
import org.orrery.common.path.PartialPath;
import org.orrery.common.path.PathPattern;
import org.orrery.engine.schema.DatabaseInfo;
import org.orrery.engine.schema.MeasurementDefinition;
import org.orrery.engine.schema.SeriesInfo;
import org.orrery.engine.schema.TagChange;
import org.orrery.engine.storage.TimeInterval;
import org.orrery.query.result.MessageResult;
import org.orrery.sql.ast.schema.AddAttributes;
import org.orrery.sql.ast.schema.AddTags;
import org.orrery.sql.ast.schema.AlignedMeasurement;
import org.orrery.sql.ast.schema.AlterAction;
import org.orrery.sql.ast.schema.AlterTimeseries;
import org.orrery.sql.ast.schema.CreateAlignedTimeseries;
import org.orrery.sql.ast.schema.CreateDatabase;
import org.orrery.sql.ast.schema.CreateTimeseries;
import org.orrery.sql.ast.schema.DatabaseProperty;
import org.orrery.sql.ast.schema.DeleteTimeseries;
import org.orrery.sql.ast.schema.DropDatabase;
import org.orrery.sql.ast.schema.DropKeys;
import org.orrery.sql.ast.schema.Flush;
import org.orrery.sql.ast.schema.RenameKey;
import org.orrery.sql.ast.schema.SeriesDefinition;
import org.orrery.sql.ast.schema.SetTtl;
import org.orrery.sql.ast.schema.SetValues;
import org.orrery.sql.ast.schema.UnsetTtl;
import org.orrery.sql.ast.schema.UpsertAliasTagsAttributes;

/**
 * DDL: databases, time series, tags and attributes, TTL and flush. Dropping series or databases
 * also removes their data from storage.
 */
public final class SchemaStatements {
  private final Engines engines;

  public SchemaStatements(Engines engines) {
    this.engines = engines;
  }

  public MessageResult createDatabase(CreateDatabase statement) {
    Long ttl = null;
    for (Map.Entry<DatabaseProperty, Long> property : statement.properties().entrySet()) {
      switch (property.getKey()) {
        case TTL -> ttl = property.getValue();
        case SCHEMA_REPLICATION_FACTOR, DATA_REPLICATION_FACTOR -> {
          if (property.getValue() != 1) {
            throw new OrreryException(ErrorCode.ILLEGAL_ARGUMENT,
                property.getKey() + "=" + property.getValue() + " is not possible on a single node (only 1)");
          }
        }
        default -> throw new OrreryException(ErrorCode.SEMANTIC_ERROR,
            "database property " + property.getKey() + " is not supported");
      }
    }
    if (ttl != null && ttl <= 0) {
      throw new OrreryException(ErrorCode.ILLEGAL_ARGUMENT, "TTL must be positive but is " + ttl);
    }
    DatabaseInfo database = engines.schema().createDatabase(statement.database());
    if (ttl != null) {
      engines.schema().setTtl(PathPattern.of(database.path()), ttl);
      engines.storage().setTtl(database.path(), ttl);
    }
    return MessageResult.OK;
  }

  public MessageResult dropDatabases(DropDatabase statement) {
    List<DatabaseInfo> dropped = new ArrayList<>();
    for (PartialPath pattern : statement.patterns()) {
      dropped.addAll(engines.schema().dropDatabases(PathPattern.of(pattern)));
    }
    if (dropped.isEmpty()) {
      throw new OrreryException(ErrorCode.DATABASE_NOT_FOUND,
          "no database matches " + statement.patterns());
    }
    for (DatabaseInfo database : dropped) {
      engines.storage().dropDatabase(database.path());
    }
    return MessageResult.OK;
  }

  public MessageResult createTimeseries(CreateTimeseries statement) {
    engines.schema().createTimeseries(
        statement.series(), definition(statement.series().lastNode(), statement.alias().orElse(null),
            statement.definition()));
    return MessageResult.OK;
  }

  public MessageResult createAlignedTimeseries(CreateAlignedTimeseries statement) {
    List<MeasurementDefinition> measurements = new ArrayList<>();
    for (AlignedMeasurement measurement : statement.measurements()) {
      measurements.add(definition(
          measurement.name(), measurement.alias().orElse(null), measurement.definition()));
    }
    engines.schema().createAlignedTimeseries(statement.device(), measurements);
    return MessageResult.OK;
  }

  private static MeasurementDefinition definition(String name, String alias, SeriesDefinition definition) {
    if (!definition.properties().isEmpty()) {
      throw new OrreryException(ErrorCode.SEMANTIC_ERROR,
          "series properties " + definition.properties().keySet() + " of " + name + " are not supported");
    }
    return new MeasurementDefinition(
        name,
        definition.dataType(),
        definition.encoding().map(String::toUpperCase).orElse(null),
        definition.compressor().map(String::toUpperCase).orElse(null),
        alias,
        definition.tags(),
        definition.attributes());
  }

  public MessageResult deleteTimeseries(DeleteTimeseries statement) {
    List<PathPattern> patterns = new ArrayList<>();
    for (PartialPath pattern : statement.patterns()) {
      patterns.add(PathPattern.of(pattern));
    }
    List<SeriesInfo> deleted = engines.schema().deleteTimeseries(patterns);
    deleteData(deleted, TimeInterval.ALL);
    return MessageResult.OK;
  }

  /** Deletes the points of {@code series} within {@code range}, one storage call per device. */
  void deleteData(List<SeriesInfo> series, TimeInterval range) {
    Map<PartialPath, List<SeriesInfo>> byDevice = new LinkedHashMap<>();
    for (SeriesInfo info : series) {
      byDevice.computeIfAbsent(info.device(), d -> new ArrayList<>()).add(info);
    }
    for (List<SeriesInfo> deviceSeries : byDevice.values()) {
      List<String> measurements = new ArrayList<>();
      for (SeriesInfo info : deviceSeries) {
        measurements.add(info.measurement());
      }
      SeriesInfo first = deviceSeries.get(0);
      engines.storage().delete(first.database(), first.device(), measurements, range.start(), range.end());
    }
  }

  public MessageResult alterTimeseries(AlterTimeseries statement) {
    AlterAction action = statement.action();
    Map<String, String> upsertAttributes = null;
    String upsertAlias = null;
    TagChange change;
    if (action instanceof RenameKey rename) {
      change = new TagChange(TagChange.Action.RENAME, Map.of(rename.from(), rename.to()));
    } else if (action instanceof SetValues set) {
      change = new TagChange(TagChange.Action.SET, set.values());
    } else if (action instanceof DropKeys drop) {
      Map<String, String> keys = new LinkedHashMap<>();
      for (String key : drop.keys()) {
        keys.put(key, "");
      }
      change = new TagChange(TagChange.Action.DROP, keys);
    } else if (action instanceof AddTags add) {
      change = new TagChange(TagChange.Action.ADD_TAGS, add.tags());
    } else if (action instanceof AddAttributes add) {
      change = new TagChange(TagChange.Action.ADD_ATTRIBUTES, add.attributes());
    } else {
      UpsertAliasTagsAttributes upsert = (UpsertAliasTagsAttributes) action;
      change = new TagChange(TagChange.Action.UPSERT, upsert.tags());
      upsertAttributes = upsert.attributes();
      upsertAlias = upsert.alias().orElse(null);
    }
    engines.schema().alterTimeseries(statement.series(), change, upsertAttributes, upsertAlias);
    return MessageResult.OK;
  }

  public MessageResult setTtl(SetTtl statement) {
    long ttl = statement.ttlMillis().orElse(DatabaseInfo.NO_TTL);
    if (ttl <= 0) {
      throw new OrreryException(ErrorCode.ILLEGAL_ARGUMENT, "TTL must be positive but is " + ttl);
    }
    return applyTtl(statement.pattern(), ttl);
  }

  public MessageResult unsetTtl(UnsetTtl statement) {
    return applyTtl(statement.pattern(), DatabaseInfo.NO_TTL);
  }

  /**
   * TTL is kept per database here: {@code root.db} and {@code root.db.**} both name the database
   * (IoTDB expands the former into the latter).
   */
  private MessageResult applyTtl(PartialPath pattern, long ttl) {
    PartialPath databases = pattern;
    if (pattern.length() > 1 && pattern.lastNode().equals("**")
        && !engines.schema().databases(PathPattern.of(pattern.devicePath())).isEmpty()) {
      databases = pattern.devicePath();
    }
    List<DatabaseInfo> changed = engines.schema().setTtl(PathPattern.of(databases), ttl);
    if (changed.isEmpty()) {
      throw new OrreryException(ErrorCode.DATABASE_NOT_FOUND, "no database matches " + pattern);
    }
    for (DatabaseInfo database : changed) {
      engines.storage().setTtl(database.path(), ttl);
    }
    return MessageResult.OK;
  }

  public MessageResult flush(Flush statement) {
    if (statement.databases().isEmpty()) {
      engines.storage().flush(null);
      return MessageResult.OK;
    }
    for (PartialPath pattern : statement.databases()) {
      List<DatabaseInfo> databases = engines.schema().databases(PathPattern.of(pattern));
      if (databases.isEmpty()) {
        throw new OrreryException(ErrorCode.DATABASE_NOT_FOUND, "database " + pattern + " does not exist");
      }
      for (DatabaseInfo database : databases) {
        engines.storage().flush(database.path());
      }
    }
    return MessageResult.OK;
  }
}
