package org.orrery.udf.api.collector;

import java.time.LocalDate;
import org.orrery.udf.api.type.Binary;
import org.osgi.annotation.versioning.ProviderType;

/**
 * Receives the single result of a UDAF for one group. Set it exactly once, with the setter
 * matching the output type set in
 * {@link org.orrery.udf.api.customizer.config.UDAFConfigurations#setOutputDataType} (the same
 * pairing as {@link PointCollector}), or with {@link #setNull()} when the group has no result.
 */
@ProviderType
public interface ResultValue {

  void setBoolean(boolean value);

  void setInt(int value);

  /** Sets an INT64 or TIMESTAMP result. */
  void setLong(long value);

  void setFloat(float value);

  void setDouble(double value);

  /** Sets a TEXT, STRING or BLOB result. */
  void setBinary(Binary value);

  /** Sets a TEXT or STRING result. */
  void setString(String value);

  void setDate(LocalDate value);

  /** Sets no result for the group: the query shows null. */
  void setNull();
}
