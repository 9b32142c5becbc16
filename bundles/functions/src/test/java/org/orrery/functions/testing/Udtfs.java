package org.orrery.functions.testing;

import java.util.Arrays;
import java.util.List;
import org.orrery.functions.BuiltinFunctions;
import org.orrery.udf.api.UDTF;
import org.orrery.udf.api.column.Column;
import org.orrery.udf.api.customizer.parameter.UDFParameters;
import org.orrery.udf.api.testing.InputTable;
import org.orrery.udf.api.testing.RecordingPointCollector;
import org.orrery.udf.api.type.Binary;
import org.orrery.udf.api.type.Type;

/** Runs built-in UDTFs over small inputs through {@link UdtfHarness}. */
public final class Udtfs {
  private Udtfs() {}

  /** A fresh instance of the built-in transform {@code name}. */
  public static UDTF create(String name) {
    var factory = BuiltinFunctions.transforms().get(name);
    if (factory == null) {
      throw new AssertionError("no transform " + name);
    }
    return factory.get();
  }

  /** Parameters with inputs {@code s1, s2...} of the columns' types and the given attributes. */
  public static UDFParameters parameters(Column[] columns, String... attributes) {
    UDFParameters.Builder builder = UDFParameters.builder();
    for (int i = 0; i < columns.length; i++) {
      builder.input("root.sg.d1.s" + (i + 1), columns[i].getDataType());
    }
    for (int i = 0; i < attributes.length; i += 2) {
      builder.attribute(attributes[i], attributes[i + 1]);
    }
    return builder.build();
  }

  /** Runs {@code name} over the rows and returns its output. */
  public static RecordingPointCollector run(String name, long[] times, Column[] columns,
      String... attributes) throws Exception {
    return UdtfHarness.run(create(name), parameters(columns, attributes),
        new InputTable(times, columns));
  }

  /** The output values, text as String. */
  public static List<Object> values(RecordingPointCollector output) {
    return output.values().stream()
        .map(v -> v instanceof Binary binary ? binary.toStringUtf8() : v)
        .toList();
  }

  public static Column doubles(double... values) {
    return Column.ofDoubles(values, null);
  }

  public static Column ints(int... values) {
    return Column.ofInts(Type.INT32, values, null);
  }

  public static Column longs(long... values) {
    return Column.ofLongs(Type.INT64, values, null);
  }

  public static Column floats(float... values) {
    return Column.ofFloats(values, null);
  }

  public static Column booleans(boolean... values) {
    return Column.ofBooleans(values, null);
  }

  public static Column texts(String... values) {
    return Column.ofBinaries(Type.TEXT,
        Arrays.stream(values).map(v -> v == null ? null : Binary.of(v)).toArray(Binary[]::new));
  }

  /** Times {@code start, start + 1, ...}. */
  public static long[] times(long start, int count) {
    long[] times = new long[count];
    for (int i = 0; i < count; i++) {
      times[i] = start + i;
    }
    return times;
  }
}
