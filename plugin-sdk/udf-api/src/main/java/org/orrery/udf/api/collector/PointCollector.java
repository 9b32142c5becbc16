package org.orrery.udf.api.collector;

import java.time.LocalDate;
import org.orrery.udf.api.type.Binary;
import org.osgi.annotation.versioning.ProviderType;

/**
 * Receives the output points of a UDTF.
 *
 * <p>Rules the server enforces, failing the query with a message when one is broken:
 *
 * <ul>
 *   <li>the value must match the output type set with
 *       {@link org.orrery.udf.api.customizer.config.UDTFConfigurations#setOutputDataType}: INT32
 *       → {@link #putInt}, INT64 and TIMESTAMP → {@link #putLong}, FLOAT → {@link #putFloat},
 *       DOUBLE → {@link #putDouble}, BOOLEAN → {@link #putBoolean}, TEXT and STRING →
 *       {@link #putString} or {@link #putBinary}, BLOB → {@link #putBinary}, DATE →
 *       {@link #putDate};
 *   <li>the times of the points a UDTF outputs over its whole run, {@code terminate} included,
 *       must strictly increase.
 * </ul>
 */
@ProviderType
public interface PointCollector {

  /** Outputs an INT32 point. */
  void putInt(long time, int value);

  /** Outputs an INT64 or TIMESTAMP point. */
  void putLong(long time, long value);

  /** Outputs a FLOAT point. */
  void putFloat(long time, float value);

  /** Outputs a DOUBLE point. */
  void putDouble(long time, double value);

  /** Outputs a BOOLEAN point. */
  void putBoolean(long time, boolean value);

  /** Outputs a TEXT, STRING or BLOB point. */
  void putBinary(long time, Binary value);

  /** Outputs a TEXT or STRING point. */
  void putString(long time, String value);

  /** Outputs a DATE point. */
  void putDate(long time, LocalDate value);
}
