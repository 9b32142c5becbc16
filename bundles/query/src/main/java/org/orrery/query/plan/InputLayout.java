package org.orrery.query.plan;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.orrery.common.error.ErrorCode;
import org.orrery.common.error.OrreryException;
import org.orrery.common.path.PartialPath;
import org.orrery.common.type.DataType;
import org.orrery.engine.schema.SeriesInfo;
import org.orrery.engine.storage.SeriesQuery;
import org.orrery.query.analyze.TimeIntervals;
import org.orrery.query.expression.Expr;
import org.orrery.query.expression.InputColumn;
import org.orrery.query.plan.logical.PlanNode;
import org.orrery.query.plan.logical.SeriesScanNode;
import org.orrery.query.plan.logical.TimeJoinNode;

/**
 * The series a query reads, grouped by device, scanned and joined on time. Column {@code i} of
 * the joined rows is the {@code i}-th series in device order, which {@link #column(PartialPath)}
 * looks up for the expression binder. An aligned device is read by one scan of all its series
 * (its columns share one time column on disk); each series of a non-aligned device by a scan of
 * its own, as IoTDB does, so that storage can prune and use statistics chunk by chunk and page
 * by page for each series instead of reading whole files for a multi-series scan.
 */
public final class InputLayout {
  private final Map<PartialPath, List<SeriesInfo>> byDevice = new LinkedHashMap<>();
  private final Map<PartialPath, Integer> index = new LinkedHashMap<>();
  private final List<SeriesInfo> ordered = new ArrayList<>();

  public InputLayout(Iterable<SeriesInfo> series) {
    for (SeriesInfo info : series) {
      if (!index.containsKey(info.path())) {
        index.put(info.path(), -1);
        byDevice.computeIfAbsent(info.device(), d -> new ArrayList<>()).add(info);
      }
    }
    for (List<SeriesInfo> deviceSeries : byDevice.values()) {
      for (SeriesInfo info : deviceSeries) {
        index.put(info.path(), ordered.size());
        ordered.add(info);
      }
    }
  }

  public boolean isEmpty() {
    return ordered.isEmpty();
  }

  public List<SeriesInfo> series() {
    return ordered;
  }

  public Map<PartialPath, List<SeriesInfo>> byDevice() {
    return byDevice;
  }

  public List<DataType> types() {
    List<DataType> types = new ArrayList<>();
    for (SeriesInfo info : ordered) {
      types.add(info.type());
    }
    return types;
  }

  /** The joined-row column of a series. */
  public Expr column(PartialPath path) {
    Integer at = index.get(path);
    if (at == null || at < 0) {
      throw new OrreryException(ErrorCode.PATH_NOT_FOUND, "series " + path + " is not read by this query");
    }
    return new InputColumn(at, ordered.get(at).type());
  }

  /** The scan of one device's series of this layout. */
  public static SeriesQuery query(List<SeriesInfo> deviceSeries, TimeIntervals time, boolean ascending) {
    List<String> measurements = new ArrayList<>();
    List<DataType> types = new ArrayList<>();
    for (SeriesInfo info : deviceSeries) {
      measurements.add(info.measurement());
      types.add(info.type());
    }
    SeriesInfo first = deviceSeries.get(0);
    return new SeriesQuery(first.database(), first.device(), first.aligned(), measurements, types,
        time.intervals(), ascending);
  }

  /**
   * How one device's series are split into scans, in order: all together for an aligned device,
   * one by one otherwise.
   */
  public static List<List<SeriesInfo>> scanGroups(List<SeriesInfo> deviceSeries) {
    if (deviceSeries.get(0).aligned()) {
      return List.of(deviceSeries);
    }
    List<List<SeriesInfo>> groups = new ArrayList<>();
    for (SeriesInfo info : deviceSeries) {
      groups.add(List.of(info));
    }
    return groups;
  }

  /**
   * The logical input: a scan per series group (in column order) over all time, ascending,
   * joined on time. The optimizer narrows the scans' times and may turn their direction.
   */
  public TimeJoinNode plan() {
    List<PlanNode> scans = new ArrayList<>();
    for (List<SeriesInfo> deviceSeries : byDevice.values()) {
      for (List<SeriesInfo> group : scanGroups(deviceSeries)) {
        scans.add(SeriesScanNode.of(group));
      }
    }
    return new TimeJoinNode(scans, true);
  }
}
