package org.orrery.trigger.api.data;

import java.lang.reflect.Array;

/** Checks that a column array is the one its type is stored in (see {@link Type}). */
final class ColumnArrays {
  private ColumnArrays() {}

  /** The number of values in {@code values}, after checking its array class against the type. */
  static int length(String measurement, Type type, Object values) {
    Class<?> expected =
        switch (type) {
          case BOOLEAN -> boolean[].class;
          case INT32, DATE -> int[].class;
          case INT64, TIMESTAMP -> long[].class;
          case FLOAT -> float[].class;
          case DOUBLE -> double[].class;
          case TEXT, STRING, BLOB -> byte[][].class;
        };
    if (values.getClass() != expected) {
      throw new IllegalArgumentException(
          "measurement '" + measurement + "' of type " + type + " needs a "
              + expected.getSimpleName() + " but got a " + values.getClass().getSimpleName());
    }
    return Array.getLength(values);
  }
}
