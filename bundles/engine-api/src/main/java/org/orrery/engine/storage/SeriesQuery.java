package org.orrery.engine.storage;

import java.util.List;
import java.util.Objects;
import org.orrery.common.path.PartialPath;
import org.orrery.common.type.DataType;

/**
 * What to scan: measurements of one device, within time intervals, in one direction.
 *
 * @param database the database of the device
 * @param device the device
 * @param aligned whether the device is aligned
 * @param measurements measurement names to read (one or more)
 * @param types their types, parallel to {@code measurements}
 * @param intervals disjoint, sorted time intervals to read; {@code List.of(TimeInterval.ALL)}
 *     for no filter
 * @param ascending scan direction
 */
public record SeriesQuery(
    PartialPath database,
    PartialPath device,
    boolean aligned,
    List<String> measurements,
    List<DataType> types,
    List<TimeInterval> intervals,
    boolean ascending) {

  public SeriesQuery {
    Objects.requireNonNull(database, "database");
    Objects.requireNonNull(device, "device");
    measurements = List.copyOf(measurements);
    types = List.copyOf(types);
    intervals = List.copyOf(intervals);
    if (measurements.isEmpty() || measurements.size() != types.size()) {
      throw new IllegalArgumentException("need one type per measurement, and at least one");
    }
  }
}
