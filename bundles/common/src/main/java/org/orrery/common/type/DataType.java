package org.orrery.common.type;

/**
 * The value types of a time series.
 *
 * <p>{@link #id()} is the byte that TsFile v4 writes for the type (chunk headers, timeseries
 * metadata, schema). It is a persisted id: never renumber a constant and never use
 * {@code ordinal()} in its place. 6 ({@code VECTOR}, the time column of an aligned device) and 7
 * ({@code UNKNOWN}) are reserved by the format and are not value types.
 */
public enum DataType {
  // Persisted ids: do not change the byte a type binds to.
  BOOLEAN(0, 1),
  INT32(1, 4),
  INT64(2, 8),
  FLOAT(3, 4),
  DOUBLE(4, 8),
  TEXT(5, -1),
  TIMESTAMP(8, 8),
  DATE(9, 4),
  BLOB(10, -1),
  STRING(11, -1);

  /** The id the format reserves for the time column of aligned devices. */
  public static final byte VECTOR_ID = 6;

  private static final DataType[] BY_ID = new DataType[12];

  static {
    for (DataType type : values()) {
      BY_ID[type.id] = type;
    }
  }

  private final byte id;
  private final int fixedWidth;

  DataType(int id, int fixedWidth) {
    this.id = (byte) id;
    this.fixedWidth = fixedWidth;
  }

  /** The persisted byte id of this type. */
  public byte id() {
    return id;
  }

  /** Bytes per value when stored plainly, or -1 for variable-length types. */
  public int fixedWidth() {
    return fixedWidth;
  }

  /** True for TEXT, STRING and BLOB, whose values are byte sequences. */
  public boolean isBinary() {
    return fixedWidth < 0;
  }

  /** True for the types that arithmetic and numeric aggregations accept. */
  public boolean isNumeric() {
    return this == INT32 || this == INT64 || this == FLOAT || this == DOUBLE;
  }

  /**
   * The type with the given persisted id.
   *
   * @throws IllegalArgumentException naming the id when no value type has it
   */
  public static DataType fromId(int id) {
    DataType type = id >= 0 && id < BY_ID.length ? BY_ID[id] : null;
    if (type == null) {
      throw new IllegalArgumentException("unknown data type id: " + id);
    }
    return type;
  }

  /**
   * The type with the given SQL name, case-insensitive (e.g. {@code double}).
   *
   * @throws IllegalArgumentException naming the text when no type has that name
   */
  public static DataType fromName(String name) {
    for (DataType type : values()) {
      if (type.name().equalsIgnoreCase(name)) {
        return type;
      }
    }
    throw new IllegalArgumentException("unknown data type: '" + name + "'");
  }
}
