package org.orrery.engine.schema;

import java.util.Map;
import java.util.Objects;
import org.orrery.common.path.PartialPath;
import org.orrery.common.type.DataType;

/**
 * One time series as the schema knows it.
 *
 * @param path full path: device path plus measurement name
 * @param alias the measurement alias, or {@code null}
 * @param database the database the series belongs to
 * @param type value type
 * @param encoding encoding name as in SQL (e.g. {@code GORILLA})
 * @param compression compressor name as in SQL (e.g. {@code LZ4})
 * @param tags tags (indexed, usable in {@code WHERE} of {@code SHOW TIMESERIES})
 * @param attributes attributes (not indexed)
 * @param aligned whether the device is aligned
 */
public record SeriesInfo(
    PartialPath path,
    String alias,
    PartialPath database,
    DataType type,
    String encoding,
    String compression,
    Map<String, String> tags,
    Map<String, String> attributes,
    boolean aligned) {

  public SeriesInfo {
    Objects.requireNonNull(path, "path");
    Objects.requireNonNull(database, "database");
    Objects.requireNonNull(type, "type");
    Objects.requireNonNull(encoding, "encoding");
    Objects.requireNonNull(compression, "compression");
    tags = Map.copyOf(tags);
    attributes = Map.copyOf(attributes);
  }

  /** The device path (the path without its last node). */
  public PartialPath device() {
    return path.devicePath();
  }

  /** The measurement name (the last node of the path). */
  public String measurement() {
    return path.lastNode();
  }
}
