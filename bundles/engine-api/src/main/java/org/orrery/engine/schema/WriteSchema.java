package org.orrery.engine.schema;

import java.util.List;
import java.util.Objects;
import org.orrery.common.error.OrreryException;

/**
 * The schema check of one write to one device: per requested column either the series it goes
 * to, or the error that rejects that column (type conflict, bad name) while the others go in.
 *
 * @param database the database of the device
 * @param aligned whether the device is aligned
 * @param series per column, the series, or {@code null} when rejected
 * @param errors per column, the rejection, or {@code null} when accepted
 */
public record WriteSchema(
    DatabaseInfo database, boolean aligned, List<SeriesInfo> series, List<OrreryException> errors) {

  public WriteSchema {
    Objects.requireNonNull(database, "database");
    if (series.size() != errors.size()) {
      throw new IllegalArgumentException("series and errors must have one entry per column");
    }
    series = java.util.Collections.unmodifiableList(new java.util.ArrayList<>(series));
    errors = java.util.Collections.unmodifiableList(new java.util.ArrayList<>(errors));
  }

  public boolean accepted(int column) {
    return series.get(column) != null;
  }

  public boolean allAccepted() {
    return errors.stream().allMatch(Objects::isNull);
  }
}
