package org.orrery.query;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.orrery.common.error.ErrorCode;
import org.orrery.common.error.OrreryException;
import org.orrery.query.support.EngineFixture;

/**
 * SELECT ... INTO with ALIGN BY DEVICE as IoTDB 1.3's "Query Write-back" describes it: one target
 * per queried device in result order (or a single target whose device has placeholders), its
 * measurements paired with the value columns; results report SourceDevice, SourceColumn,
 * TargetTimeseries, Written. Sample: d1.s1 = 1..4 at t=1..4, d1.s2 at t=1,2,3,5; d2.s1 = 10, 30
 * at t=1, 3.
 */
class SelectIntoByDeviceTest {
  private final EngineFixture db = new EngineFixture().withSample();

  @Test
  void eachDeviceWritesToItsOwnTarget() {
    assertEquals(List.of("SourceDevice", "SourceColumn", "TargetTimeseries", "Written"),
        db.headers("select s1 into root.copy.x(t1), root.copy.y(t1) from root.sg.d1, root.sg.d2 align by device"));
    assertEquals(List.of("root.sg.d1|s1|root.cp.d1.t1|4", "root.sg.d2|s1|root.cp.d2.t1|2"),
        db.rows("select s1 into root.cp.d1(t1), root.cp.d2(t1) from root.sg.d1, root.sg.d2 align by device"));
    assertEquals(List.of("1|1", "2|2", "3|3", "4|4"), db.rows("select t1 from root.cp.d1"));
    assertEquals(List.of("1|10", "3|30"), db.rows("select t1 from root.cp.d2"));
  }

  @Test
  void columnsADeviceLacksWriteNothingAndCreateNoSeries() {
    assertEquals(List.of("root.sg.d1|s1|root.cq.d1.a|4", "root.sg.d1|s2|root.cq.d1.b|4",
        "root.sg.d2|s1|root.cq.d2.a|2", "root.sg.d2|s2|root.cq.d2.b|0"),
        db.rows("select s1, s2 into root.cq.d1(a, b), root.cq.d2(a, b) from root.sg.* align by device"));
    assertEquals(List.of("1|1|1.5", "2|2|2.5", "3|3|3.5", "4|4|null", "5|null|5.5"),
        db.rows("select a, b from root.cq.d1"));
    assertEquals(List.of("Time", "root.cq.d2.a"), db.headers("select * from root.cq.d2"));
  }

  @Test
  void placeholdersCopyDeviceSuffixAndMeasurement() {
    assertEquals(List.of("root.sg.d1|s1|root.bk.d1.s1|4", "root.sg.d2|s1|root.bk.d2.s1|2"),
        db.rows("select s1 into root.bk.::(::) from root.sg.* align by device"));
    assertEquals(List.of("root.sg.d1|s1|root.bk2.d1.copy_d1|4", "root.sg.d2|s1|root.bk2.d2.copy_d2|2"),
        db.rows("select s1 into root.bk2.d1(copy_${2}), root.bk2.d2(copy_${2}) from root.sg.* align by device"));
    assertEquals(List.of("1|10", "3|30"), db.rows("select copy_d2 from root.bk2.d2"));
  }

  @Test
  void aggregationsPerDeviceWithAPlaceholderDevice() {
    assertEquals(List.of("root.sg.d1|count(s1)|root.agg_d1.d1.cnt|1", "root.sg.d2|count(s1)|root.agg_d2.d2.cnt|1"),
        db.rows("select count(s1) into root.agg_${2}.::(cnt) from root.sg.* align by device"));
    // aggregations without windows are stored at time 0, as IoTDB does
    assertEquals(List.of("0|4"), db.rows("select cnt from root.agg_d1.d1"));
    assertEquals(List.of("0|2"), db.rows("select cnt from root.agg_d2.d2"));
  }

  @Test
  void targetsMustMatchTheDevicesAndColumns() {
    OrreryException devices = assertThrows(OrreryException.class,
        () -> db.rows("select s1 into root.z.d1(t1) from root.sg.* align by device"));
    assertEquals(ErrorCode.SEMANTIC_ERROR, devices.code());
    assertEquals(true, devices.getMessage().contains("2 devices but 1 targets"), devices.getMessage());
    OrreryException columns = assertThrows(OrreryException.class,
        () -> db.rows("select s1, s2 into root.z.d1(t1), root.z.d2(t1) from root.sg.* align by device"));
    assertEquals(true, columns.getMessage().contains("2 columns"), columns.getMessage());
    OrreryException expression = assertThrows(OrreryException.class,
        () -> db.rows("select count(s1) into root.z.d1(::), root.z.d2(::) from root.sg.* align by device"));
    assertEquals(true, expression.getMessage().contains("count(s1)"), expression.getMessage());
    assertEquals(List.of("Time", "root.sg.d1.s1", "root.sg.d1.s2", "root.sg.d2.s1"),
        db.headers("select * from root.**"), "nothing was written by the failed statements");
  }
}
