package org.orrery.engine.schema;

import java.util.Map;
import java.util.Objects;
import org.orrery.common.type.DataType;

/**
 * What {@code CREATE TIMESERIES} says about one measurement. Encoding and compression may be
 * {@code null}: the schema then applies its configured defaults for the type.
 */
public record MeasurementDefinition(
    String name,
    DataType type,
    String encoding,
    String compression,
    String alias,
    Map<String, String> tags,
    Map<String, String> attributes) {

  public MeasurementDefinition {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(type, "type");
    tags = tags == null ? Map.of() : Map.copyOf(tags);
    attributes = attributes == null ? Map.of() : Map.copyOf(attributes);
  }

  /** A measurement with default encoding and compression, no alias, tags or attributes. */
  public static MeasurementDefinition of(String name, DataType type) {
    return new MeasurementDefinition(name, type, null, null, null, Map.of(), Map.of());
  }
}
