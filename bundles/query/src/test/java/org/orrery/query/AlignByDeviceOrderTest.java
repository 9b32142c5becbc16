package org.orrery.query;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.orrery.query.support.EngineFixture;

/**
 * ORDER BY in ALIGN BY DEVICE as IoTDB 1.3 documents it: DEVICE first keeps each device's rows
 * together; TIME first orders all rows by time, the devices' points shuffled, rows of equal time
 * in device order (descending with DEVICE DESC). Sample: d1.s1 = 1..4 at t=1..4, d2.s1 = 10 at
 * t=1 and 30 at t=3.
 */
class AlignByDeviceOrderTest {
  private final EngineFixture db = new EngineFixture().withSample();

  @Test
  void timeFirstShufflesTheDevicesByTime() {
    assertEquals(List.of("1|root.sg.d1|1", "1|root.sg.d2|10", "2|root.sg.d1|2", "3|root.sg.d1|3",
        "3|root.sg.d2|30", "4|root.sg.d1|4"), db.rows("select s1 from root.sg.* order by time align by device"));
    assertEquals(List.of("1|root.sg.d1|1", "1|root.sg.d2|10", "2|root.sg.d1|2", "3|root.sg.d1|3",
        "3|root.sg.d2|30", "4|root.sg.d1|4"),
        db.rows("select s1 from root.sg.* order by time, device align by device"));
  }

  @Test
  void descendingTimeThenDeviceInEitherDirection() {
    assertEquals(List.of("4|root.sg.d1|4", "3|root.sg.d1|3", "3|root.sg.d2|30", "2|root.sg.d1|2",
        "1|root.sg.d1|1", "1|root.sg.d2|10"), db.rows("select s1 from root.sg.* order by time desc align by device"));
    assertEquals(List.of("4|root.sg.d1|4", "3|root.sg.d2|30", "3|root.sg.d1|3", "2|root.sg.d1|2",
        "1|root.sg.d2|10", "1|root.sg.d1|1"),
        db.rows("select s1 from root.sg.* order by time desc, device desc align by device"));
  }

  @Test
  void deviceFirstKeepsEachDevicesRowsTogether() {
    assertEquals(List.of("4|root.sg.d1|4", "3|root.sg.d1|3", "2|root.sg.d1|2", "1|root.sg.d1|1",
        "3|root.sg.d2|30", "1|root.sg.d2|10"),
        db.rows("select s1 from root.sg.* order by device, time desc align by device"));
  }

  @Test
  void limitAppliesAfterTheOrdering() {
    assertEquals(List.of("1|root.sg.d2|10", "2|root.sg.d1|2"),
        db.rows("select s1 from root.sg.* order by time limit 2 offset 1 align by device"));
  }

  @Test
  void windowsOfAllDevicesInterleaveByWindowTime() {
    assertEquals(List.of("1|root.sg.d1|2", "1|root.sg.d2|1", "3|root.sg.d1|2", "3|root.sg.d2|1"),
        db.rows("select count(s1) from root.sg.* group by ([1, 5), 2ms) order by time align by device"));
  }

  @Test
  void explainShowsTheInterleaving() {
    assertEquals(List.of(
        "OffsetLimit offset: 0 limit: 3",
        "  DeviceView [root.sg.d1, root.sg.d2] order: time DESC, device",
        "    Project [root.sg.d1.s1]",
        "      FullOuterTimeJoin order: DESC",
        "        SeriesScan root.sg.d1 [s1] time: all order: DESC",
        "    Project [root.sg.d2.s1]",
        "      FullOuterTimeJoin order: DESC",
        "        SeriesScan root.sg.d2 [s1] time: all order: DESC"),
        db.rows("explain select s1 from root.sg.* order by time desc limit 3 align by device"));
  }
}
