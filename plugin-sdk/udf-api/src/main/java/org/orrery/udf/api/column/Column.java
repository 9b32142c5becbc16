package org.orrery.udf.api.column;

import java.time.LocalDate;
import org.orrery.udf.api.type.Binary;
import org.orrery.udf.api.type.DateValue;
import org.orrery.udf.api.type.Type;
import org.osgi.annotation.versioning.ProviderType;

/**
 * A column of values of one {@link Type}, read by position: the SDK's own columnar type, so that
 * no engine block crosses the plugin boundary.
 *
 * <p>Read a value with the getter that matches the column's type (see {@link Type} for the Java
 * value of each type); the other getters throw {@link UnsupportedOperationException}. The value
 * at a null position is undefined, so check {@link #isNull(int)} first.
 *
 * <p>The server implements this interface, possibly as a view over its own blocks. The static
 * factories build array-backed columns, for the server and for plugin unit tests.
 */
@ProviderType
public interface Column {

  /** The type of every value in the column. */
  Type getDataType();

  /** Number of positions, null ones included. */
  int getPositionCount();

  /** Whether the value at {@code position} is null. */
  boolean isNull(int position);

  /** The value at {@code position} of a BOOLEAN column. */
  default boolean getBoolean(int position) {
    throw ColumnAccess.wrongGetter(getDataType(), "boolean");
  }

  /** The value at {@code position} of an INT32 column, or the {@code yyyyMMdd} of a DATE one. */
  default int getInt(int position) {
    throw ColumnAccess.wrongGetter(getDataType(), "int");
  }

  /** The value at {@code position} of an INT64 or TIMESTAMP column. */
  default long getLong(int position) {
    throw ColumnAccess.wrongGetter(getDataType(), "long");
  }

  /** The value at {@code position} of a FLOAT column. */
  default float getFloat(int position) {
    throw ColumnAccess.wrongGetter(getDataType(), "float");
  }

  /** The value at {@code position} of a DOUBLE column. */
  default double getDouble(int position) {
    throw ColumnAccess.wrongGetter(getDataType(), "double");
  }

  /** The value at {@code position} of a TEXT, STRING or BLOB column. */
  default Binary getBinary(int position) {
    throw ColumnAccess.wrongGetter(getDataType(), "Binary");
  }

  /** The value at {@code position} of a TEXT or STRING column, decoded from UTF-8. */
  default String getString(int position) {
    if (!getDataType().isText()) {
      throw ColumnAccess.wrongGetter(getDataType(), "String");
    }
    return getBinary(position).toStringUtf8();
  }

  /** The value at {@code position} of a DATE column. */
  default LocalDate getDate(int position) {
    if (getDataType() != Type.DATE) {
      throw ColumnAccess.wrongGetter(getDataType(), "LocalDate");
    }
    return DateValue.toLocalDate(getInt(position));
  }

  /**
   * A BOOLEAN column over {@code values}. Like every factory here it wraps the arrays without
   * copying them: the caller must not change them while the column is in use.
   *
   * @param nulls {@code nulls[i]} marks position {@code i} null; {@code null} when no value is null
   * @throws IllegalArgumentException when {@code nulls} is not as long as {@code values}
   */
  static Column ofBooleans(boolean[] values, boolean[] nulls) {
    return new BooleanArrayColumn(values, nulls);
  }

  /**
   * An INT32 or DATE column over {@code values}.
   *
   * @throws IllegalArgumentException when {@code type} is not INT32 or DATE, or the null marks are
   *     not as long as the values
   */
  static Column ofInts(Type type, int[] values, boolean[] nulls) {
    return new IntArrayColumn(type, values, nulls);
  }

  /**
   * An INT64 or TIMESTAMP column over {@code values}.
   *
   * @throws IllegalArgumentException when {@code type} is not INT64 or TIMESTAMP, or the null
   *     marks are not as long as the values
   */
  static Column ofLongs(Type type, long[] values, boolean[] nulls) {
    return new LongArrayColumn(type, values, nulls);
  }

  /** A FLOAT column over {@code values}; see {@link #ofBooleans} for {@code nulls}. */
  static Column ofFloats(float[] values, boolean[] nulls) {
    return new FloatArrayColumn(values, nulls);
  }

  /** A DOUBLE column over {@code values}; see {@link #ofBooleans} for {@code nulls}. */
  static Column ofDoubles(double[] values, boolean[] nulls) {
    return new DoubleArrayColumn(values, nulls);
  }

  /**
   * A TEXT, STRING or BLOB column over {@code values}; a {@code null} element is a null value.
   *
   * @throws IllegalArgumentException when {@code type} is not TEXT, STRING or BLOB
   */
  static Column ofBinaries(Type type, Binary[] values) {
    return new BinaryArrayColumn(type, values);
  }
}
