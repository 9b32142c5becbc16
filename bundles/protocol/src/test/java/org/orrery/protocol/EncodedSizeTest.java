package org.orrery.protocol;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.orrery.common.block.Block;
import org.orrery.protocol.message.InsertTabletsRequest;
import org.orrery.protocol.message.WireTablet;

/**
 * The size a client computes before encoding decides whether an insert is split, so it must
 * never be below the real payload (else a frame over the server's limit is sent) and should be
 * exact for the common case.
 */
class EncodedSizeTest {
  private final FrameCodec codec = new FrameCodec(ProtocolLimits.defaults());

  private int payloadOf(WireTablet tablet) {
    return codec.encode(7, new InsertTabletsRequest(List.of(tablet))).limit() - Protocol.HEADER_SIZE;
  }

  private static WireTablet tablet(Block block, String device) {
    List<String> names = new ArrayList<>();
    for (int c = 0; c < block.columnCount(); c++) {
      names.add("s" + c + "_ü"); // a non-ASCII name: its UTF-8 length differs from its char count
    }
    return new WireTablet(device, false, names, block);
  }

  @Test
  void theInsertSizeIsAnUpperBoundOfThePayload() {
    for (long seed = 1; seed <= 20; seed++) {
      for (boolean nulls : new boolean[] {false, true}) {
        int rows = (int) (seed * 37 % 500);
        WireTablet tablet = tablet(SampleBlocks.everyType(rows, true, nulls, seed), "root.sg.d" + seed);
        long bound = FrameCodec.insertPayloadSize(tablet);
        int actual = payloadOf(tablet);
        assertTrue(bound >= actual, "seed " + seed + " nulls " + nulls + ": bound " + bound + " < " + actual);
        // the only slack: names sized at 3 bytes per char, and bitmaps of columns without a null
        long nameSlack = 3L * tablet.device().length() - tablet.device().length();
        for (String name : tablet.measurements()) {
          nameSlack += 3L * name.length() - name.getBytes(java.nio.charset.StandardCharsets.UTF_8).length;
        }
        long bitmapSlack = (long) tablet.block().columnCount() * ((rows + 7) / 8);
        assertTrue(bound - actual <= nameSlack + bitmapSlack,
            "seed " + seed + ": bound " + bound + " is too far above " + actual);
      }
    }
  }
}
