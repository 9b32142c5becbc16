package org.orrery.schema;

import java.util.EnumMap;
import java.util.EnumSet;
import java.util.Map;
import java.util.Set;
import org.orrery.common.type.DataType;

/**
 * Which written value types a series accepts, converting them to its own type. This is IoTDB
 * 1.3's data type compatibility table (user guide, "Data Type Compatibility"): for instance a
 * DOUBLE series takes INT32, INT64, FLOAT and TIMESTAMP values, a FLOAT series INT32 but not
 * INT64, and an INT32 series only INT32. IoTDB accepts INT64 into DOUBLE although large longs
 * lose precision; Orrery follows IoTDB so that clients behave the same.
 */
public final class TypeCompatibility {
  private static final Map<DataType, Set<DataType>> ACCEPTS = new EnumMap<>(DataType.class);

  static {
    ACCEPTS.put(DataType.BOOLEAN, EnumSet.of(DataType.BOOLEAN));
    ACCEPTS.put(DataType.INT32, EnumSet.of(DataType.INT32));
    ACCEPTS.put(DataType.INT64, EnumSet.of(DataType.INT32, DataType.INT64, DataType.TIMESTAMP));
    ACCEPTS.put(DataType.FLOAT, EnumSet.of(DataType.INT32, DataType.FLOAT));
    ACCEPTS.put(
        DataType.DOUBLE,
        EnumSet.of(
            DataType.INT32, DataType.INT64, DataType.FLOAT, DataType.DOUBLE, DataType.TIMESTAMP));
    ACCEPTS.put(DataType.TEXT, EnumSet.of(DataType.TEXT, DataType.STRING));
    ACCEPTS.put(DataType.STRING, EnumSet.of(DataType.TEXT, DataType.STRING));
    ACCEPTS.put(DataType.BLOB, EnumSet.of(DataType.TEXT, DataType.STRING, DataType.BLOB));
    ACCEPTS.put(DataType.TIMESTAMP, EnumSet.of(DataType.INT32, DataType.INT64, DataType.TIMESTAMP));
    ACCEPTS.put(DataType.DATE, EnumSet.of(DataType.DATE));
  }

  private TypeCompatibility() {}

  /** True when a series of type {@code series} can store values written as {@code written}. */
  public static boolean accepts(DataType series, DataType written) {
    return ACCEPTS.get(series).contains(written);
  }
}
