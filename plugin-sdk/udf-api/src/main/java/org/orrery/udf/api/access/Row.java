package org.orrery.udf.api.access;

import java.time.LocalDate;
import org.orrery.udf.api.type.Binary;
import org.orrery.udf.api.type.DateValue;
import org.orrery.udf.api.type.Type;
import org.osgi.annotation.versioning.ProviderType;

/**
 * One row of UDTF input: the values of every input series at one time.
 *
 * <p>Column {@code i} is the UDTF's {@code i}-th input (the {@code i}-th child expression of
 * {@link org.orrery.udf.api.customizer.parameter.UDFParameters}). Some columns of a row may be
 * null, but never all of them. Read a value with the getter matching
 * {@link #getDataType(int)} (see {@link Type}); the value of a null column is undefined.
 *
 * <p>A row passed to {@code transform} is valid only during that call: the server may reuse the
 * object for the next row, so copy values out rather than keeping the row.
 */
@ProviderType
public interface Row {

  /** The time of this row. */
  long getTime();

  /** Number of columns: the number of UDTF inputs. */
  int size();

  /** The type of column {@code columnIndex}. */
  Type getDataType(int columnIndex);

  /** Whether column {@code columnIndex} has no value in this row. */
  boolean isNull(int columnIndex);

  /** The value of a BOOLEAN column. */
  boolean getBoolean(int columnIndex);

  /** The value of an INT32 column, or the {@code yyyyMMdd} of a DATE column. */
  int getInt(int columnIndex);

  /** The value of an INT64 or TIMESTAMP column. */
  long getLong(int columnIndex);

  /** The value of a FLOAT column. */
  float getFloat(int columnIndex);

  /** The value of a DOUBLE column. */
  double getDouble(int columnIndex);

  /** The value of a TEXT, STRING or BLOB column. */
  Binary getBinary(int columnIndex);

  /** The value of a TEXT or STRING column, decoded from UTF-8. */
  default String getString(int columnIndex) {
    return getBinary(columnIndex).toStringUtf8();
  }

  /** The value of a DATE column. */
  default LocalDate getDate(int columnIndex) {
    return DateValue.toLocalDate(getInt(columnIndex));
  }
}
