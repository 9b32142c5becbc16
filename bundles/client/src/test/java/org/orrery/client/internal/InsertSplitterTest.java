package org.orrery.client.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.orrery.common.block.Block;
import org.orrery.common.block.Column;
import org.orrery.common.type.DataType;
import org.orrery.protocol.FrameCodec;
import org.orrery.protocol.ProtocolLimits;
import org.orrery.protocol.message.InsertTabletsRequest;
import org.orrery.protocol.message.WireTablet;

class InsertSplitterTest {
  /** Rows of one device: a DOUBLE column and a TEXT column whose every 5th row is null. */
  private static WireTablet tablet(String device, int rows) {
    long[] times = new long[rows];
    double[] doubles = new double[rows];
    byte[][] texts = new byte[rows][];
    boolean[] nulls = new boolean[rows];
    for (int r = 0; r < rows; r++) {
      times[r] = r;
      doubles[r] = r * 1.5;
      nulls[r] = r % 5 == 0;
      texts[r] = nulls[r] ? null : ("text of row " + r).getBytes(StandardCharsets.UTF_8);
    }
    List<Column> columns = List.of(
        new Column(DataType.DOUBLE, doubles, null, rows), new Column(DataType.TEXT, texts, nulls, rows));
    return new WireTablet(device, false, List.of("d", "t"), new Block(times, columns, rows));
  }

  @Test
  void smallTabletsShareOneRequest() {
    List<List<WireTablet>> requests =
        InsertSplitter.split(List.of(tablet("root.sg.a", 10), tablet("root.sg.b", 10)), 1 << 20);
    assertEquals(1, requests.size());
    assertEquals(2, requests.get(0).size());
  }

  @Test
  void aLargeTabletIsCutIntoRowRangesThatFitAndKeepEveryRow() {
    int limit = 8 * 1024;
    WireTablet big = tablet("root.sg.big", 5000);
    assertTrue(FrameCodec.insertPayloadSize(big) > 10 * limit, "the test needs a tablet far over the limit");
    List<List<WireTablet>> requests = InsertSplitter.split(List.of(tablet("root.sg.small", 3), big), limit);
    assertTrue(requests.size() > 10, "requests: " + requests.size());
    FrameCodec codec = new FrameCodec(ProtocolLimits.forFrameSize(limit));
    List<Long> times = new ArrayList<>();
    for (List<WireTablet> request : requests) {
      // encoding checks the real payload against the limit and throws when it is over
      codec.encode(1, new InsertTabletsRequest(request));
      for (WireTablet part : request) {
        if (!part.device().equals("root.sg.big")) {
          continue;
        }
        Block block = part.block();
        for (int r = 0; r < block.rowCount(); r++) {
          long time = block.times()[r];
          times.add(time);
          assertEquals(time * 1.5, block.columns().get(0).doubles()[r]);
          Column text = block.columns().get(1);
          assertEquals(time % 5 == 0, text.isNull(r), "row " + time);
          if (time % 5 != 0) {
            assertEquals("text of row " + time, new String(text.binaries()[r], StandardCharsets.UTF_8));
          }
        }
      }
    }
    assertEquals(5000, times.size());
    for (int i = 0; i < times.size(); i++) {
      assertEquals(i, times.get(i), "rows keep their order");
    }
  }
}
