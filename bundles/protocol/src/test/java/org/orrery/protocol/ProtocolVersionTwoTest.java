package org.orrery.protocol;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.ByteBuffer;
import org.junit.jupiter.api.Test;
import org.orrery.protocol.message.ExecuteRequest;
import org.orrery.protocol.message.FetchRequest;
import org.orrery.protocol.message.PingRequest;

/**
 * Protocol version 2: EXECUTE and FETCH carry a page count; frames name the version they are
 * written in, and a version 1 frame (or peer) keeps meaning one page per answer.
 */
class ProtocolVersionTwoTest {
  private final FrameCodec codec = new FrameCodec(ProtocolLimits.defaults());

  @Test
  void versionTwoFramesCarryThePageCount() {
    ByteBuffer frame = codec.encode(Protocol.VERSION_2, 7, new FetchRequest(42, 5000, 16), null);
    assertEquals(Protocol.VERSION_2, frame.get(4), "the header names the version");
    assertEquals(8 + 4 + 4, frame.getInt(Protocol.LENGTH_OFFSET), "query id, fetch size, pages");
    assertEquals(new FetchRequest(42, 5000, 16), codec.decode(frame).message());

    ByteBuffer execute = codec.encode(Protocol.VERSION_2, 8, new ExecuteRequest("select s0 from root.sg.d", 100, 0, 3), null);
    assertEquals(new ExecuteRequest("select s0 from root.sg.d", 100, 0, 3), codec.decode(execute).message());
  }

  @Test
  void versionOneFramesHaveNoPageCountAndMeanOnePage() {
    ByteBuffer frame = codec.encode(Protocol.VERSION_1, 7, new FetchRequest(42, 5000), null);
    assertEquals(Protocol.VERSION_1, frame.get(4));
    assertEquals(8 + 4, frame.getInt(Protocol.LENGTH_OFFSET), "version 1 layout: query id, fetch size");
    FetchRequest decoded = (FetchRequest) codec.decode(frame).message();
    assertEquals(1, decoded.pages());

    ByteBuffer execute = codec.encode(Protocol.VERSION_1, 8, new ExecuteRequest("show version", 10, 0), null);
    assertEquals(1, ((ExecuteRequest) codec.decode(execute).message()).pages());
  }

  @Test
  void severalPagesCannotBeWrittenInVersionOne() {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> codec.encode(Protocol.VERSION_1, 1, new FetchRequest(1, 10, 4), null));
    assertTrue(e.getMessage().contains("version 1"), e.getMessage());
  }

  @Test
  void pageCountsOutOfRangeAreRejectedOnBothSides() {
    assertThrows(IllegalArgumentException.class,
        () -> codec.encode(Protocol.VERSION_2, 1, new FetchRequest(1, 10, 0), null));
    assertThrows(IllegalArgumentException.class,
        () -> codec.encode(Protocol.VERSION_2, 1, new FetchRequest(1, 10, Protocol.MAX_PAGES_PER_ANSWER + 1), null));
    // a peer writing a bad count by hand: the decoder names the field and the value
    ByteBuffer frame = codec.encode(Protocol.VERSION_2, 1, new FetchRequest(1, 10, 2), null);
    frame.putInt(Protocol.HEADER_SIZE + 12, -5);
    ProtocolException e = assertThrows(ProtocolException.class, () -> codec.decode(frame));
    assertTrue(e.getMessage().contains("pages") && e.getMessage().contains("-5"), e.getMessage());
  }

  @Test
  void otherMessagesAreTheSameInBothVersions() {
    ByteBuffer one = codec.encode(Protocol.VERSION_1, 3, new PingRequest(), null);
    ByteBuffer two = codec.encode(Protocol.VERSION_2, 3, new PingRequest(), null);
    assertEquals(one.limit(), two.limit());
    assertEquals(Protocol.VERSION_1, one.get(4));
    assertEquals(Protocol.VERSION_2, two.get(4));
  }

  @Test
  void versionsThisSideDoesNotSpeakCannotBeWritten() {
    assertThrows(IllegalArgumentException.class,
        () -> codec.encode(Protocol.MAX_VERSION + 1, 1, new PingRequest(), null));
    assertThrows(IllegalArgumentException.class, () -> codec.encode(0, 1, new PingRequest(), null));
  }
}
