package org.orrery.engine.query;

import java.util.List;
import java.util.Objects;
import org.orrery.common.block.Column;
import org.orrery.common.path.PartialPath;

/**
 * A client's columnar insert into one device: typed columns with nulls. The schema is checked
 * (and auto-created) before the rows are written; see {@link QueryEngine#insert}.
 */
public record InsertTablet(
    PartialPath device, boolean aligned, List<String> measurements, long[] times, List<Column> columns, int rowCount) {

  public InsertTablet {
    Objects.requireNonNull(device, "device");
    measurements = List.copyOf(measurements);
    columns = List.copyOf(columns);
    if (measurements.size() != columns.size()) {
      throw new IllegalArgumentException(measurements.size() + " measurements but " + columns.size() + " columns");
    }
    if (times.length < rowCount) {
      throw new IllegalArgumentException("fewer timestamps than rows: " + times.length);
    }
  }
}
