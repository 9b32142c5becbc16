package org.orrery.sql.ast.schema;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.orrery.common.type.DataType;

/**
 * How a time series is stored: its type, optional encoding and compressor (upper-cased names,
 * checked later against the installed codecs), other properties such as {@code MAX_POINT_NUMBER},
 * tags and attributes.
 *
 * @param compressor written COMPRESSOR or COMPRESSION
 * @param properties other {@code key=value} settings, keys upper-cased
 */
public record SeriesDefinition(
    DataType dataType,
    Optional<String> encoding,
    Optional<String> compressor,
    Map<String, String> properties,
    Map<String, String> tags,
    Map<String, String> attributes) {
  public SeriesDefinition {
    Objects.requireNonNull(dataType, "dataType");
    Objects.requireNonNull(encoding, "encoding");
    Objects.requireNonNull(compressor, "compressor");
    properties = Collections.unmodifiableMap(new LinkedHashMap<>(properties));
    tags = Collections.unmodifiableMap(new LinkedHashMap<>(tags));
    attributes = Collections.unmodifiableMap(new LinkedHashMap<>(attributes));
  }
}
