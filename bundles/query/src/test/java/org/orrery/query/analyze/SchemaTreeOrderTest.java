package org.orrery.query.analyze;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.orrery.common.path.PartialPath;

/**
 * The expected orders are IoTDB's own outputs: its session test reads the columns of
 * {@code select * from root.sg.d1} over s1..s5 as s3, s4, s5, s1, s2, and its "Query Data" page
 * lists {@code select * from root.ln.**} as wf02.wt02.hardware, wf02.wt02.status,
 * wf01.wt01.temperature, wf01.wt01.status.
 */
class SchemaTreeOrderTest {
  private static List<PartialPath> paths(String... texts) {
    return java.util.Arrays.stream(texts).map(PartialPath::parse).toList();
  }

  @Test
  void measurementsOfOneDeviceFollowIoTDBsSessionTest() {
    assertEquals(paths("root.sg.d1.s3", "root.sg.d1.s4", "root.sg.d1.s5", "root.sg.d1.s1", "root.sg.d1.s2"),
        SchemaTreeOrder.of(paths("root.sg.d1.s1", "root.sg.d1.s2", "root.sg.d1.s3", "root.sg.d1.s4",
            "root.sg.d1.s5")));
  }

  @Test
  void devicesAndTheirSeriesFollowIoTDBsQueryDataPage() {
    assertEquals(paths("root.ln.wf02.wt02.hardware", "root.ln.wf02.wt02.status", "root.ln.wf01.wt01.temperature",
        "root.ln.wf01.wt01.status"),
        SchemaTreeOrder.of(paths("root.ln.wf01.wt01.status", "root.ln.wf01.wt01.temperature",
            "root.ln.wf02.wt02.hardware", "root.ln.wf02.wt02.status")));
  }

  @Test
  void theInputOrderDoesNotMatter() {
    List<PartialPath> forward = paths("root.a.x", "root.a.y", "root.b.x");
    List<PartialPath> backward = paths("root.b.x", "root.a.y", "root.a.x");
    assertEquals(SchemaTreeOrder.of(forward), SchemaTreeOrder.of(backward));
  }
}
