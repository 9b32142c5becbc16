package org.orrery.sql.ast.schema;

import java.util.List;
import java.util.Objects;
import org.orrery.common.path.PartialPath;
import org.orrery.sql.ast.Statement;
import org.orrery.sql.ast.StatementFamily;

/**
 * {@code CREATE ALIGNED TIMESERIES root.sg.d(s1 INT32 encoding=RLE, s2 DOUBLE, ...)}.
 */
public record CreateAlignedTimeseries(
    PartialPath device,
    List<AlignedMeasurement> measurements) implements Statement {
  public CreateAlignedTimeseries {
    Objects.requireNonNull(device, "device");
    measurements = List.copyOf(measurements);
  }

  @Override
  public StatementFamily family() {
    return StatementFamily.SCHEMA;
  }
}
