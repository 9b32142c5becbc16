package org.orrery.storage;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.orrery.storage.TestData.DB;

import java.nio.file.Path;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.orrery.common.path.PartialPath;

/** The region stops separating delayed data when most points arrive out of order (paper §5.2). */
class DelaySeparationTest {
  @TempDir Path dir;

  @Test
  void mostlyDisorderedDataTurnsSeparationOff() throws Exception {
    PartialPath d = TestData.device("d");
    try (LsmStorageEngine e = new LsmStorageEngine(TestData.config(), dir, TestData.CODECS)) {
      e.write(TestData.doubles(d, List.of("s"), TestData.range(1_000_000, 1_000_100), (m, t) -> t));
      e.flush(DB);
      assertTrue(e.regions().get(0).separatingDelayedData());
      Random rnd = new Random(1);
      long[] times = new long[200_000];
      for (int i = 0; i < times.length; i++) {
        times[i] = rnd.nextInt(1_000_000); // all below the stable time
      }
      e.write(TestData.doubles(d, List.of("s"), times, (m, t) -> t));
      e.flush(DB); // the decision is taken when memtables switch
      assertFalse(e.regions().get(0).separatingDelayedData());
      for (int k = 0; k < 4; k++) {
        e.write(TestData.doubles(d, List.of("s"), TestData.range(2_000_000 + k * 100_000L, 2_100_000 + k * 100_000L), (m, t) -> t));
        e.flush(DB);
      }
      assertTrue(e.regions().get(0).separatingDelayedData(), "in-order data turns it back on");
    }
  }
}
