package org.orrery.trigger.api.data;

/**
 * The value types of the columns of a {@link Tablet}.
 *
 * <p>How each type is stored in a tablet column:
 *
 * <table>
 *   <caption>Column array of each type</caption>
 *   <tr><th>Type</th><th>Column array</th></tr>
 *   <tr><td>BOOLEAN</td><td>{@code boolean[]}</td></tr>
 *   <tr><td>INT32</td><td>{@code int[]}</td></tr>
 *   <tr><td>DATE</td><td>{@code int[]} of {@code yyyyMMdd} numbers (2024-03-15 is 20240315)</td>
 *       </tr>
 *   <tr><td>INT64, TIMESTAMP</td><td>{@code long[]}</td></tr>
 *   <tr><td>FLOAT</td><td>{@code float[]}</td></tr>
 *   <tr><td>DOUBLE</td><td>{@code double[]}</td></tr>
 *   <tr><td>TEXT, STRING (UTF-8), BLOB</td><td>{@code byte[][]}</td></tr>
 * </table>
 *
 * <p>{@link #id()} is the byte the server uses for the type on disk and on the wire (the byte
 * TsFile v4 writes, and the id of the same type in the UDF API). It is a persisted id: never
 * renumbered, never replaced by {@code ordinal()}.
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

  private final byte id;

  Type(int id) {
    this.id = (byte) id;
  }

  /** The persisted byte id of this type. */
  public byte id() {
    return id;
  }

  /** True for INT32, INT64, FLOAT and DOUBLE. */
  public boolean isNumeric() {
    return this == INT32 || this == INT64 || this == FLOAT || this == DOUBLE;
  }

  /** True for TEXT, STRING and BLOB, stored as {@code byte[][]}. */
  public boolean isBinary() {
    return this == TEXT || this == STRING || this == BLOB;
  }

  /**
   * The type with the given persisted id.
   *
   * @throws IllegalArgumentException naming the id when no type has it
   */
  public static Type fromId(int id) {
    for (Type type : values()) {
      if (type.id == id) {
        return type;
      }
    }
    throw new IllegalArgumentException("unknown trigger data type id: " + id);
  }
}
