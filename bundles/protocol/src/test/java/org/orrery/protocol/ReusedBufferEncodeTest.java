package org.orrery.protocol;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertSame;

import java.nio.ByteBuffer;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.orrery.common.type.DataType;
import org.orrery.protocol.message.InsertTabletsRequest;
import org.orrery.protocol.message.PingRequest;
import org.orrery.protocol.message.WireTablet;

/** Encoding into a kept array gives the same bytes as encoding into a fresh one. */
class ReusedBufferEncodeTest {
  private final FrameCodec codec = new FrameCodec(ProtocolLimits.defaults());

  private static byte[] bytesOf(ByteBuffer frame) {
    return Arrays.copyOfRange(frame.array(), frame.arrayOffset(), frame.arrayOffset() + frame.limit());
  }

  private static InsertTabletsRequest insert(int rows, long seed) {
    List<String> names = new ArrayList<>();
    for (DataType type : DataType.values()) {
      names.add("s_" + type.id());
    }
    return new InsertTabletsRequest(List.of(new WireTablet(
        "root.sg.d1", false, names, SampleBlocks.everyType(rows, true, true, seed))));
  }

  @Test
  void aLargeEnoughArrayIsReusedAndOverwrittenWithoutTraces() {
    byte[] kept = new byte[1 << 20];
    Arrays.fill(kept, (byte) 0x5A); // garbage from an earlier, longer frame
    InsertTabletsRequest request = insert(300, 3);
    ByteBuffer reused = codec.encode(9, request, kept);
    assertSame(kept, reused.array());
    assertArrayEquals(bytesOf(codec.encode(9, request)), bytesOf(reused));

    ByteBuffer ping = codec.encode(10, new PingRequest(), kept);
    assertSame(kept, ping.array());
    assertEquals(Protocol.HEADER_SIZE, ping.limit());
    assertArrayEquals(bytesOf(codec.encode(10, new PingRequest())), bytesOf(ping));
  }

  @Test
  void aTooSmallArrayIsLeftAloneAndANewOneReturned() {
    byte[] small = new byte[64];
    InsertTabletsRequest request = insert(200, 5);
    ByteBuffer frame = codec.encode(11, request, small);
    assertNotSame(small, frame.array());
    assertArrayEquals(new byte[64], small);
    assertArrayEquals(bytesOf(codec.encode(11, request)), bytesOf(frame));
  }
}
