package org.orrery.query.statement;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.orrery.common.path.PartialPath;
import org.orrery.common.path.PathPattern;
import org.orrery.common.type.DataType;
import org.orrery.engine.schema.DatabaseInfo;
import org.orrery.engine.schema.DeviceInfo;
import org.orrery.engine.schema.SeriesFilter;
import org.orrery.engine.schema.SeriesInfo;
import org.orrery.engine.storage.LastPoint;
import org.orrery.engine.storage.RegionStatus;
import org.orrery.query.context.QueryContext;
import org.orrery.query.result.OperatorResult;
import org.orrery.query.result.TableBuilder;
import org.orrery.sql.ast.metadata.CountDatabases;
import org.orrery.sql.ast.metadata.CountDevices;
import org.orrery.sql.ast.metadata.CountNodes;
import org.orrery.sql.ast.metadata.CountTimeseries;
import org.orrery.sql.ast.metadata.DataTypeIs;
import org.orrery.sql.ast.metadata.NameContains;
import org.orrery.sql.ast.metadata.Paging;
import org.orrery.sql.ast.metadata.ShowChildNodes;
import org.orrery.sql.ast.metadata.ShowChildPaths;
import org.orrery.sql.ast.metadata.ShowDatabases;
import org.orrery.sql.ast.metadata.ShowDevices;
import org.orrery.sql.ast.metadata.ShowTimeseries;
import org.orrery.sql.ast.metadata.ShowTtl;
import org.orrery.sql.ast.metadata.TagContains;
import org.orrery.sql.ast.metadata.TagEquals;
import org.orrery.sql.ast.metadata.TimeseriesFilter;

/**
 * SHOW and COUNT over the schema, with IoTDB 1.3's column headers (e.g. SHOW TIMESERIES prints
 * {@code Timeseries, Alias, Database, DataType, Encoding, Compression, Tags, Attributes, Deadband,
 * DeadbandParameters, ViewType}).
 */
public final class MetadataStatements {
  private static final PathPattern EVERYTHING = PathPattern.parse("root.**");

  private final Engines engines;

  public MetadataStatements(Engines engines) {
    this.engines = engines;
  }

  private static PathPattern pattern(Optional<PartialPath> path, PathPattern fallback) {
    return path.map(PathPattern::of).orElse(fallback);
  }

  public OperatorResult showDatabases(ShowDatabases statement, QueryContext context) {
    TableBuilder table = new TableBuilder()
        .column("Database", DataType.TEXT)
        .column("SchemaReplicationFactor", DataType.INT32)
        .column("DataReplicationFactor", DataType.INT32)
        .column("TimePartitionOrigin", DataType.INT64)
        .column("TimePartitionInterval", DataType.INT64);
    if (statement.details()) {
      table.column("SchemaRegionGroupNum", DataType.INT32)
          .column("DataRegionGroupNum", DataType.INT32);
    }
    List<RegionStatus> regions = statement.details() ? engines.storage().regions() : List.of();
    for (DatabaseInfo database : engines.schema().databases(pattern(statement.pattern(), EVERYTHING))) {
      if (statement.details()) {
        int dataRegions = 0;
        for (RegionStatus region : regions) {
          if (region.database().equals(database.path())) {
            dataRegions++;
          }
        }
        table.row(database.path().toString(), 1, 1, 0L, database.timePartitionMillis(), 1, dataRegions);
      } else {
        table.row(database.path().toString(), 1, 1, 0L, database.timePartitionMillis());
      }
    }
    return table.result(context);
  }

  public OperatorResult countDatabases(CountDatabases statement, QueryContext context) {
    int count = engines.schema().databases(pattern(statement.pattern(), EVERYTHING)).size();
    return new TableBuilder().column("count", DataType.INT32).row(count).result(context);
  }

  public OperatorResult showDevices(ShowDevices statement, QueryContext context) {
    TableBuilder table = new TableBuilder().column("Device", DataType.TEXT);
    if (statement.withDatabase()) {
      table.column("Database", DataType.TEXT);
    }
    table.column("IsAligned", DataType.TEXT).column("Template", DataType.TEXT).column("TTL(ms)", DataType.TEXT);
    Paging paging = statement.paging();
    List<DeviceInfo> devices = engines.schema().devices(pattern(statement.pattern(), EVERYTHING), 0, 0);
    List<DeviceInfo> kept = new ArrayList<>();
    for (DeviceInfo device : devices) {
      if (statement.nameContains().isEmpty() || device.path().toString().contains(statement.nameContains().get())) {
        kept.add(device);
      }
    }
    for (DeviceInfo device : page(kept, paging)) {
      String ttl = engines.schema().databaseOf(device.path())
          .filter(DatabaseInfo::hasTtl).map(d -> Long.toString(d.ttlMillis())).orElse("INF");
      if (statement.withDatabase()) {
        table.row(device.path().toString(), device.database().toString(),
            Boolean.toString(device.aligned()), null, ttl);
      } else {
        table.row(device.path().toString(), Boolean.toString(device.aligned()), null, ttl);
      }
    }
    return table.result(context);
  }

  public OperatorResult countDevices(CountDevices statement, QueryContext context) {
    long count = engines.schema().countDevices(pattern(statement.pattern(), EVERYTHING));
    return new TableBuilder().column("count(devices)", DataType.INT64).row(count).result(context);
  }

  public OperatorResult showTimeseries(ShowTimeseries statement, QueryContext context) {
    TableBuilder table = new TableBuilder();
    for (String name : List.of("Timeseries", "Alias", "Database", "DataType", "Encoding", "Compression",
        "Tags", "Attributes", "Deadband", "DeadbandParameters", "ViewType")) {
      table.column(name, DataType.TEXT);
    }
    PathPattern pattern = pattern(statement.pattern(), EVERYTHING);
    List<SeriesFilter> filters = filters(statement.filter());
    List<SeriesInfo> series;
    Optional<String> pathContains = pathContains(statement.filter());
    if (pathContains.isPresent()) {
      series = page(seriesWhosePathContains(pattern, pathContains.get()), statement.paging());
    } else if (statement.latest()) {
      series = new ArrayList<>(engines.schema().series(pattern, filters, 0, 0));
      Map<PartialPath, Long> lastTimes = new java.util.HashMap<>();
      for (SeriesInfo info : series) {
        Optional<LastPoint> last = engines.storage().last(
            info.database(), info.device(), info.aligned(), info.measurement(), info.type());
        lastTimes.put(info.path(), last.map(LastPoint::time).orElse(Long.MIN_VALUE));
      }
      series.sort(Comparator.comparing((SeriesInfo info) -> lastTimes.get(info.path())).reversed());
      series = page(series, statement.paging());
    } else {
      Paging paging = statement.paging();
      series = engines.schema().series(pattern, filters,
          (int) paging.offset().orElse(0), (int) paging.limit().orElse(0));
    }
    for (SeriesInfo info : series) {
      table.row(info.path().toString(), info.alias(), info.database().toString(), info.type().name(),
          info.encoding(), info.compression(), json(info.tags()), json(info.attributes()),
          null, null, "BASE");
    }
    return table.result(context);
  }

  public OperatorResult countTimeseries(CountTimeseries statement, QueryContext context) {
    PathPattern pattern = pattern(statement.pattern(), EVERYTHING);
    List<SeriesFilter> filters = filters(statement.filter());
    Optional<String> pathContains = pathContains(statement.filter());
    List<SeriesInfo> matching = pathContains.isPresent()
        ? seriesWhosePathContains(pattern, pathContains.get()) : null;
    if (statement.groupByLevel().isEmpty()) {
      long count = matching != null ? matching.size() : engines.schema().countTimeseries(pattern, filters);
      return new TableBuilder().column("count(timeseries)", DataType.INT64).row(count).result(context);
    }
    int level = statement.groupByLevel().getAsInt();
    Map<PartialPath, Long> counts = new TreeMap<>();
    for (SeriesInfo info : matching != null ? matching : engines.schema().series(pattern, filters, 0, 0)) {
      if (info.path().length() > level) {
        counts.merge(info.path().subPath(0, level + 1), 1L, Long::sum);
      }
    }
    TableBuilder table = new TableBuilder()
        .column("Column", DataType.TEXT).column("count(timeseries)", DataType.INT64);
    for (Map.Entry<PartialPath, Long> entry : counts.entrySet()) {
      table.row(entry.getKey().toString(), entry.getValue());
    }
    return table.result(context);
  }

  public OperatorResult showChildPaths(ShowChildPaths statement, QueryContext context) {
    TableBuilder table = new TableBuilder()
        .column("ChildPaths", DataType.TEXT).column("NodeTypes", DataType.TEXT);
    for (String[] child : engines.schema().childPaths(pattern(statement.pattern(), PathPattern.parse("root")))) {
      table.row(child[0], child[1]);
    }
    return table.result(context);
  }

  public OperatorResult showChildNodes(ShowChildNodes statement, QueryContext context) {
    TableBuilder table = new TableBuilder().column("ChildNodes", DataType.TEXT);
    for (String child : engines.schema().childNodes(pattern(statement.pattern(), PathPattern.parse("root")))) {
      table.row(child);
    }
    return table.result(context);
  }

  public OperatorResult countNodes(CountNodes statement, QueryContext context) {
    int count = engines.schema().nodesAtLevel(PathPattern.of(statement.pattern()), statement.level()).size();
    return new TableBuilder().column("count(nodes)", DataType.INT32).row(count).result(context);
  }

  public OperatorResult showTtl(ShowTtl statement, QueryContext context) {
    TableBuilder table = new TableBuilder().column("Device", DataType.TEXT).column("TTL(ms)", DataType.TEXT);
    List<PathPattern> patterns = new ArrayList<>();
    for (PartialPath path : statement.patterns()) {
      patterns.add(PathPattern.of(path));
    }
    if (patterns.isEmpty()) {
      patterns.add(EVERYTHING);
    }
    java.util.Set<PartialPath> shown = new java.util.HashSet<>();
    for (PathPattern pattern : patterns) {
      for (DatabaseInfo database : engines.schema().databases(pattern)) {
        if (database.hasTtl() && shown.add(database.path())) {
          table.row(database.path().append("**").toString(), Long.toString(database.ttlMillis()));
        }
      }
    }
    return table.result(context);
  }

  public OperatorResult showVersion(QueryContext context) {
    return new TableBuilder()
        .column("Version", DataType.TEXT).column("BuildInfo", DataType.TEXT)
        .row(engines.config().version(), "orrery")
        .result(context);
  }

  /**
   * {@code WHERE TIMESERIES CONTAINS 'text'} matches the whole series path in IoTDB
   * ({@code contains 'wf01.wt'} keeps root.ln.wf01.wt01.*), while the schema's name filter only
   * looks at the measurement; so it is applied here to the full paths.
   */
  private static Optional<String> pathContains(Optional<TimeseriesFilter> filter) {
    return filter.filter(f -> f instanceof NameContains).map(f -> ((NameContains) f).text());
  }

  private List<SeriesInfo> seriesWhosePathContains(PathPattern pattern, String text) {
    List<SeriesInfo> out = new ArrayList<>();
    for (SeriesInfo info : engines.schema().series(pattern, List.of(), 0, 0)) {
      if (info.path().toString().contains(text)) {
        out.add(info);
      }
    }
    return out;
  }

  static List<SeriesFilter> filters(Optional<TimeseriesFilter> filter) {
    if (filter.isEmpty()) {
      return List.of();
    }
    TimeseriesFilter f = filter.get();
    if (f instanceof TagEquals equals) {
      return List.of(new SeriesFilter(SeriesFilter.Kind.TAG_EQUALS, equals.key(), equals.value()));
    }
    if (f instanceof TagContains contains) {
      return List.of(new SeriesFilter(SeriesFilter.Kind.TAG_CONTAINS, contains.key(), contains.text()));
    }
    if (f instanceof NameContains name) {
      return List.of(new SeriesFilter(SeriesFilter.Kind.NAME_CONTAINS, null, name.text()));
    }
    return List.of(new SeriesFilter(SeriesFilter.Kind.DATA_TYPE, null, ((DataTypeIs) f).dataType().name()));
  }

  private static <T> List<T> page(List<T> rows, Paging paging) {
    int from = (int) Math.min(rows.size(), paging.offset().orElse(0));
    long limit = paging.limit().orElse(Long.MAX_VALUE);
    int to = (int) Math.min(rows.size(), from + Math.min(limit, Integer.MAX_VALUE));
    return rows.subList(from, to);
  }

  /** Tags or attributes as IoTDB prints them, e.g. {@code {"unit":"c"}}; null when there are none. */
  static String json(Map<String, String> entries) {
    if (entries.isEmpty()) {
      return null;
    }
    StringBuilder text = new StringBuilder("{");
    // IoTDB keeps tags and attributes in a HashMap and prints them in its order
    // ({"newTag1":"newV1","tag4":"v4","tag3":"v3"}); names put in sorted, one at a time
    Map<String, String> hashed = new java.util.HashMap<>();
    for (Map.Entry<String, String> entry : new TreeMap<>(entries).entrySet()) {
      hashed.put(entry.getKey(), entry.getValue());
    }
    for (Map.Entry<String, String> entry : hashed.entrySet()) {
      if (text.length() > 1) {
        text.append(',');
      }
      text.append(quote(entry.getKey())).append(':').append(quote(entry.getValue()));
    }
    return text.append('}').toString();
  }

  private static String quote(String text) {
    return '"' + text.replace("\\", "\\\\").replace("\"", "\\\"") + '"';
  }
}
