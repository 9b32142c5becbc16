package org.orrery.sql.ast.schema;

import java.util.Objects;
import java.util.Optional;

/**
 * One measurement of {@code CREATE ALIGNED TIMESERIES}.
 */
public record AlignedMeasurement(String name, Optional<String> alias, SeriesDefinition definition) {
  public AlignedMeasurement {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(alias, "alias");
    Objects.requireNonNull(definition, "definition");
  }
}
