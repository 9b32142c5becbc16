package org.orrery.functions.transform;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.orrery.functions.testing.Udtfs;
import org.orrery.udf.api.column.Column;
import org.orrery.udf.api.exception.UDFParameterNotValidException;
import org.orrery.udf.api.testing.RecordingPointCollector;

/** The equal-size-bucket samplers on the documentation's data: 100 points 0.0..99.0 at 0..99. */
class SamplingTest {
  private static final long[] TIMES = Udtfs.times(0, 100);
  private static final Column RAMP = ramp(false);
  /** The outlier example: points whose value ends in 5 are 100 higher. */
  private static final Column SPIKES = ramp(true);

  private static Column ramp(boolean spikes) {
    double[] values = new double[100];
    for (int i = 0; i < 100; i++) {
      values[i] = i + (spikes && i % 10 == 5 ? 100 : 0);
    }
    return Udtfs.doubles(values);
  }

  @Test
  void randomSampleTakesOnePointOfEveryBucket() throws Exception {
    RecordingPointCollector out = Udtfs.run("equal_size_bucket_random_sample", TIMES,
        new Column[] {RAMP}, "proportion", "0.1");
    assertEquals(10, out.points().size());
    for (int bucket = 0; bucket < 10; bucket++) {
      long time = out.times()[bucket];
      assertTrue(time >= bucket * 10L && time < bucket * 10L + 10, "bucket " + bucket + ": " + time);
      assertEquals((double) time, out.values().get(bucket));
    }
  }

  @Test
  void aggSampleReducesEveryBucketAtItsFirstTime() throws Exception {
    long[] bucketStarts = {0, 10, 20, 30, 40, 50, 60, 70, 80, 90};
    RecordingPointCollector avg = run("avg");
    assertArrayEquals(bucketStarts, avg.times());
    for (int b = 0; b < 10; b++) {
      assertEquals(10 * b + 4.5, (Double) avg.values().get(b), 1e-9);
    }
    assertEquals(List.of(9.0, 19.0, 29.0, 39.0, 49.0, 59.0, 69.0, 79.0, 89.0, 99.0),
        run("max").values());
    assertEquals(List.of(0.0, 10.0, 20.0, 30.0, 40.0, 50.0, 60.0, 70.0, 80.0, 90.0),
        run("min").values());
    assertEquals(List.of(45.0, 145.0, 245.0, 345.0, 445.0, 545.0, 645.0, 745.0, 845.0, 945.0),
        run("sum").values());
    assertEquals(run("max").values(), run("extreme").values());
    // Ten consecutive whole numbers have population variance (10^2 - 1) / 12.
    for (Object variance : run("variance").values()) {
      assertEquals(8.25, (Double) variance, 1e-9);
    }
  }

  /**
   * IoTDB's average adds each value divided by the bucket size: for 70.0 .. 79.0 that gives
   * 74.50000000000001, as its sample function page prints, where sum / size would be 74.5.
   */
  @Test
  void aggSampleAverageRoundsAsIoTDBDoes() throws Exception {
    double expected = 0;
    for (int v = 70; v < 80; v++) {
      expected += v / 10.0;
    }
    assertEquals(74.50000000000001, expected, 0.0);
    assertEquals(expected, (Double) run("avg").values().get(7), 0.0);
    assertEquals(4.5, (Double) run("avg").values().get(0), 0.0);
  }

  private static RecordingPointCollector run(String aggregate) throws Exception {
    return Udtfs.run("equal_size_bucket_agg_sample", TIMES, new Column[] {RAMP},
        "type", aggregate, "proportion", "0.1");
  }

  @Test
  void aggSampleExtremePrefersLargestMagnitude() throws Exception {
    RecordingPointCollector out = Udtfs.run("equal_size_bucket_agg_sample", Udtfs.times(1, 4),
        new Column[] {Udtfs.ints(3, -7, 5, 7)}, "type", "extreme", "proportion", "0.5");
    assertEquals(List.of(-7, 7), out.values());
    RecordingPointCollector avg = Udtfs.run("equal_size_bucket_agg_sample", Udtfs.times(1, 2),
        new Column[] {Udtfs.ints(3, 4)}, "proportion", "0.5");
    // INT32 in, INT32 out: 3.5 narrows to 3.
    assertEquals(List.of(3), avg.values());
  }

  @Test
  void m4SampleUsesBucketsOfFourOverProportionAndInteriorExtremes() throws Exception {
    RecordingPointCollector out = Udtfs.run("equal_size_bucket_m4_sample", TIMES,
        new Column[] {RAMP}, "proportion", "0.1");
    assertArrayEquals(new long[] {0, 1, 38, 39, 40, 41, 78, 79, 80, 81, 98, 99}, out.times());
    assertEquals(List.of(0.0, 1.0, 38.0, 39.0, 40.0, 41.0, 78.0, 79.0, 80.0, 81.0, 98.0, 99.0),
        out.values());
  }

  @Test
  void outlierSampleFindsTheSpikesWithEveryScore() throws Exception {
    long[] spikes = {5, 15, 25, 35, 45, 55, 65, 75, 85, 95};
    for (String type : List.of("avg", "stendis", "cos", "prenextdis")) {
      RecordingPointCollector out = Udtfs.run("equal_size_bucket_outlier_sample", TIMES,
          new Column[] {SPIKES}, "proportion", "0.1", "type", type, "number", "2");
      assertArrayEquals(spikes, out.times(), type);
      assertEquals(List.of(105.0, 115.0, 125.0, 135.0, 145.0, 155.0, 165.0, 175.0, 185.0, 195.0),
          out.values(), type);
    }
  }

  @Test
  void badAttributesAreRejected() {
    for (String proportion : List.of("0", "1.5", "-0.1", "x")) {
      UDFParameterNotValidException error = assertThrows(UDFParameterNotValidException.class,
          () -> Udtfs.run("equal_size_bucket_random_sample", TIMES, new Column[] {RAMP},
              "proportion", proportion));
      assertTrue(error.getMessage().contains("equal_size_bucket_random_sample"), error.getMessage());
    }
    assertThrows(UDFParameterNotValidException.class,
        () -> Udtfs.run("equal_size_bucket_agg_sample", TIMES, new Column[] {RAMP}, "type", "median"));
    assertThrows(UDFParameterNotValidException.class,
        () -> Udtfs.run("equal_size_bucket_outlier_sample", TIMES, new Column[] {RAMP},
            "type", "zscore"));
    assertThrows(UDFParameterNotValidException.class,
        () -> Udtfs.run("equal_size_bucket_outlier_sample", TIMES, new Column[] {RAMP},
            "number", "0"));
    assertThrows(UDFParameterNotValidException.class,
        () -> Udtfs.run("equal_size_bucket_m4_sample", Udtfs.times(0, 1),
            new Column[] {Udtfs.texts("a")}));
  }
}
