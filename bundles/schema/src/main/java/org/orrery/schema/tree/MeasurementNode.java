package org.orrery.schema.tree;

import java.util.Map;
import org.orrery.common.type.DataType;

/**
 * A time series: a leaf under its device. About 32 bytes per series: the name is interned and
 * shared by every device that has the same measurement, the type, encoding and compressor are
 * their persisted one-byte ids, and tags and attributes hang off one optional object.
 */
public final class MeasurementNode extends SchemaNode {
  final byte type;
  final byte encoding;
  final byte compressor;
  String alias;
  private SeriesProperties properties;

  MeasurementNode(
      String name, InnerNode parent, DataType type, byte encoding, byte compressor, String alias) {
    super(name, parent);
    this.type = type.id();
    this.encoding = encoding;
    this.compressor = compressor;
    this.alias = alias;
  }

  public InnerNode device() {
    return parent;
  }

  public DataType type() {
    return DataType.fromId(type);
  }

  /** The TsFile id of the encoding ({@code org.orrery.codec.api.EncodingIds}). */
  public byte encodingId() {
    return encoding;
  }

  /** The TsFile id of the compressor ({@code org.orrery.codec.api.CompressionIds}). */
  public byte compressorId() {
    return compressor;
  }

  /** The alias, or null. */
  public String alias() {
    return alias;
  }

  public Map<String, String> tags() {
    return properties == null ? Map.of() : properties.tags();
  }

  public Map<String, String> attributes() {
    return properties == null ? Map.of() : properties.attributes();
  }

  public boolean hasTags() {
    return properties != null && properties.hasTags();
  }

  /** The tag value of {@code key}, else the attribute value, else null. */
  public String tagOrAttribute(String key) {
    return properties == null ? null : properties.tagOrAttribute(key);
  }

  void setProperties(Map<String, String> tags, Map<String, String> attributes) {
    properties = SeriesProperties.of(tags, attributes);
  }
}
