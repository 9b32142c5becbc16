package org.orrery.udf.api.type;

/**
 * The value types a UDF reads and writes.
 *
 * <p>The Java value each type is read and written as:
 *
 * <table>
 *   <caption>Java representation of each type</caption>
 *   <tr><th>Type</th><th>Java value</th></tr>
 *   <tr><td>BOOLEAN</td><td>{@code boolean}</td></tr>
 *   <tr><td>INT32</td><td>{@code int}</td></tr>
 *   <tr><td>INT64</td><td>{@code long}</td></tr>
 *   <tr><td>FLOAT</td><td>{@code float}</td></tr>
 *   <tr><td>DOUBLE</td><td>{@code double}</td></tr>
 *   <tr><td>TEXT, STRING</td><td>{@link Binary} holding UTF-8, or {@link String}</td></tr>
 *   <tr><td>BLOB</td><td>{@link Binary}</td></tr>
 *   <tr><td>DATE</td><td>{@code int} in the form {@code yyyyMMdd} (see {@link DateValue}), or
 *       {@link java.time.LocalDate}</td></tr>
 *   <tr><td>TIMESTAMP</td><td>{@code long}, in the database's timestamp precision</td></tr>
 * </table>
 *
 * <p>{@link #id()} is the byte the server uses for the type on disk and on the wire (the same
 * byte TsFile v4 writes). It is a persisted id: a constant never changes the byte it binds to, and
 * {@code ordinal()} is never used in its place.
 */
public enum Type {
  // Persisted ids: do not change the byte a type binds to.
  BOOLEAN(0),
  INT32(1),
  INT64(2),
  FLOAT(3),
  DOUBLE(4),
  TEXT(5),
  TIMESTAMP(8),
  DATE(9),
  BLOB(10),
  STRING(11);

  private static final Type[] BY_ID = new Type[12];

  static {
    for (Type type : values()) {
      BY_ID[type.id] = type;
    }
  }

  private final byte id;

  Type(int id) {
    this.id = (byte) id;
  }

  /** The persisted byte id of this type. */
  public byte id() {
    return id;
  }

  /** True for INT32, INT64, FLOAT and DOUBLE: the types arithmetic and numeric windows accept. */
  public boolean isNumeric() {
    return this == INT32 || this == INT64 || this == FLOAT || this == DOUBLE;
  }

  /** True for TEXT, STRING and BLOB, whose values are {@link Binary} byte sequences. */
  public boolean isBinary() {
    return this == TEXT || this == STRING || this == BLOB;
  }

  /** True for TEXT and STRING, whose bytes are UTF-8 text. */
  public boolean isText() {
    return this == TEXT || this == STRING;
  }

  /**
   * The type with the given persisted id.
   *
   * @throws IllegalArgumentException naming the id when no type has it
   */
  public static Type fromId(int id) {
    Type type = id >= 0 && id < BY_ID.length ? BY_ID[id] : null;
    if (type == null) {
      throw new IllegalArgumentException("unknown UDF data type id: " + id);
    }
    return type;
  }

  /**
   * The type with the given SQL name, ignoring case (e.g. {@code "double"}).
   *
   * @throws IllegalArgumentException naming the text when no type has that name
   */
  public static Type fromName(String name) {
    for (Type type : values()) {
      if (type.name().equalsIgnoreCase(name)) {
        return type;
      }
    }
    throw new IllegalArgumentException("unknown UDF data type: '" + name + "'");
  }
}
