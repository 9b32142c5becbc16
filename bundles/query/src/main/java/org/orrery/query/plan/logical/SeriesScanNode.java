package org.orrery.query.plan.logical;

import java.util.ArrayList;
import java.util.List;
import org.orrery.common.path.PartialPath;
import org.orrery.common.type.DataType;
import org.orrery.engine.schema.SeriesInfo;
import org.orrery.query.analyze.TimeIntervals;

/**
 * Reads some series of one device (all of an aligned device's series read together, or one
 * series of a non-aligned device): within time intervals, in a direction, optionally only a
 * window of its rows (offset and limit, pushed down from the top of the plan).
 *
 * @param series the series, all of one device, in column order
 * @param time the times to read; storage skips what lies outside
 * @param ascending the scan direction
 * @param offset rows to skip first
 * @param limit rows to return at most, negative for all
 */
public record SeriesScanNode(List<SeriesInfo> series, TimeIntervals time, boolean ascending, long offset,
    long limit) implements PlanNode {
  public SeriesScanNode {
    series = List.copyOf(series);
    if (series.isEmpty()) {
      throw new IllegalArgumentException("a scan reads at least one series");
    }
  }

  /** An unrestricted ascending scan over all time. */
  public static SeriesScanNode of(List<SeriesInfo> series) {
    return new SeriesScanNode(series, TimeIntervals.ALL, true, 0, -1);
  }

  public PartialPath device() {
    return series.get(0).device();
  }

  public boolean limited() {
    return offset > 0 || limit >= 0;
  }

  public SeriesScanNode withTime(TimeIntervals newTime) {
    return new SeriesScanNode(series, newTime, ascending, offset, limit);
  }

  public SeriesScanNode withDirection(boolean newAscending) {
    return new SeriesScanNode(series, time, newAscending, offset, limit);
  }

  public SeriesScanNode withWindow(long newOffset, long newLimit) {
    return new SeriesScanNode(series, time, ascending, newOffset, newLimit);
  }

  @Override
  public List<PlanNode> children() {
    return List.of();
  }

  @Override
  public PlanNode withChildren(List<PlanNode> children) {
    PlanNode.expectChildren(this, children, 0);
    return this;
  }

  @Override
  public List<DataType> types() {
    List<DataType> types = new ArrayList<>();
    for (SeriesInfo info : series) {
      types.add(info.type());
    }
    return types;
  }

  @Override
  public String describe() {
    List<String> measurements = new ArrayList<>();
    for (SeriesInfo info : series) {
      measurements.add(info.measurement());
    }
    StringBuilder out = new StringBuilder(series.get(0).aligned() ? "AlignedSeriesScan " : "SeriesScan ");
    out.append(device()).append(' ').append(measurements);
    out.append(" time: ").append(Describe.time(time));
    out.append(" order: ").append(ascending ? "ASC" : "DESC");
    if (offset > 0) {
      out.append(" offset: ").append(offset);
    }
    if (limit >= 0) {
      out.append(" limit: ").append(limit);
    }
    return out.toString();
  }
}
