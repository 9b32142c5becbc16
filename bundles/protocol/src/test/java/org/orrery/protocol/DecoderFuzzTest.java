package org.orrery.protocol;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.lang.management.ManagementFactory;
import java.nio.ByteBuffer;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.orrery.common.block.Block;
import org.orrery.common.error.ErrorCode;
import org.orrery.common.type.DataType;
import org.orrery.protocol.message.CancelRequest;
import org.orrery.protocol.message.ErrorResponse;
import org.orrery.protocol.message.ExecuteRequest;
import org.orrery.protocol.message.FetchRequest;
import org.orrery.protocol.message.HandshakeRequest;
import org.orrery.protocol.message.InsertRecordsRequest;
import org.orrery.protocol.message.InsertTabletsRequest;
import org.orrery.protocol.message.Message;
import org.orrery.protocol.message.ResultHeaderResponse;
import org.orrery.protocol.message.ResultPage;
import org.orrery.protocol.message.ResultPageResponse;
import org.orrery.protocol.message.WireRecord;
import org.orrery.protocol.message.WireTablet;

/**
 * Feeds over 10,000 random and mutated frames to the decoder. Every frame must either decode or
 * fail with a ProtocolException (never another exception), and decoding must never allocate
 * more than the frame limits allow, whatever the length and count fields say.
 */
class DecoderFuzzTest {
  private static final int MAX_FRAME = 64 * 1024;
  /** Far above what the limits let a frame allocate (4 x 64 KiB), far below a length-field blow-up. */
  private static final long ALLOCATION_CEILING = 4L * 1024 * 1024;

  private final FrameCodec codec = new FrameCodec(ProtocolLimits.forFrameSize(MAX_FRAME));
  private final com.sun.management.ThreadMXBean threads =
      (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();
  private int rejected;
  private int accepted;

  private List<byte[]> validFrames() {
    List<String> names = new ArrayList<>();
    List<DataType> types = new ArrayList<>();
    for (DataType type : DataType.values()) {
      names.add("s" + type.id());
      types.add(type);
    }
    Block block = SampleBlocks.everyType(12, true, true, 7);
    List<Message> messages = List.of(
        new HandshakeRequest(1, 1, "c", "root", "root", "UTC", List.of(PageCompression.LZ4, PageCompression.NONE)),
        new ExecuteRequest("select s1 from root.sg.d1", 100, 0),
        new FetchRequest(3, 100),
        new CancelRequest(3),
        new InsertTabletsRequest(List.of(new WireTablet("root.sg.d1", false, names, block))),
        new InsertRecordsRequest(List.of(new WireRecord("root.sg.d1", 5, List.of("a", "b"),
            List.of(DataType.INT64, DataType.TEXT), List.of(5L, new byte[] {65, 66})))),
        new ResultHeaderResponse(1, true, names, types, new ResultPage(false, List.of(block), PageCompression.NONE)),
        new ResultPageResponse(1, new ResultPage(true, List.of(block), PageCompression.LZ4)),
        new ResultPageResponse(1, new ResultPage(true, List.of(block), PageCompression.ZSTD)),
        new ErrorResponse(ErrorCode.SYNTAX_ERROR, "bad"));
    List<byte[]> frames = new ArrayList<>();
    int id = 1;
    for (Message message : messages) {
      ByteBuffer frame = codec.encode(id++, message);
      byte[] bytes = new byte[frame.limit()];
      frame.get(bytes);
      frames.add(bytes);
    }
    return frames;
  }

  /** Decodes; true when rejected with a ProtocolException, false when accepted; fails otherwise. */
  private boolean decode(byte[] bytes, String kind) {
    long before = threads.getCurrentThreadAllocatedBytes();
    boolean wasRejected;
    try {
      assertNotNull(codec.decode(ByteBuffer.wrap(bytes)));
      accepted++;
      wasRejected = false;
    } catch (ProtocolException e) {
      assertNotNull(e.getMessage());
      assertTrue(!e.getMessage().isBlank(), "message of " + kind);
      rejected++;
      wasRejected = true;
    } catch (Throwable t) {
      fail(kind + " frame raised " + t + " instead of a ProtocolException: "
          + HexFormat.of().formatHex(bytes, 0, Math.min(bytes.length, 256)), t);
      return false;
    }
    long allocated = threads.getCurrentThreadAllocatedBytes() - before;
    assertTrue(allocated < ALLOCATION_CEILING,
        kind + " frame made the decoder allocate " + allocated + " bytes: "
            + HexFormat.of().formatHex(bytes, 0, Math.min(bytes.length, 256)));
    return wasRejected;
  }

  @Test
  void tenThousandBadFramesAreRejectedCleanly() {
    assertTrue(threads.isThreadAllocatedMemorySupported(), "this JVM reports allocations");
    threads.setThreadAllocatedMemoryEnabled(true);
    Random random = new Random(20240601);
    List<byte[]> valid = validFrames();
    for (byte[] frame : valid) {
      assertTrue(!decode(frame, "valid"), "valid frames decode");
    }
    int frames = 0;
    for (int round = 0; round < 1_200; round++) {
      byte[] base = valid.get(random.nextInt(valid.size()));

      // 1. random bytes: bad magic almost always
      byte[] noise = new byte[random.nextInt(300)];
      random.nextBytes(noise);
      decode(noise, "random");

      // 2. bad magic on a valid frame
      byte[] badMagic = base.clone();
      badMagic[random.nextInt(4)] ^= (byte) (1 + random.nextInt(255));
      assertTrue(decode(badMagic, "bad-magic"), "bad magic is rejected");

      // 3. huge or negative payload length
      byte[] hugeLength = base.clone();
      ByteBuffer.wrap(hugeLength).putInt(Protocol.LENGTH_OFFSET,
          random.nextBoolean() ? MAX_FRAME + 1 + random.nextInt(Integer.MAX_VALUE - MAX_FRAME - 1) : -1 - random.nextInt(1000));
      assertTrue(decode(hugeLength, "huge-length"), "huge length is rejected");

      // 4. truncated frame
      byte[] truncated = java.util.Arrays.copyOf(base, random.nextInt(base.length));
      assertTrue(decode(truncated, "truncated"), "truncated frame is rejected");

      // 5. unknown message type id
      byte[] unknownType = base.clone();
      int[] unknownIds = {0, 10, 63, 69, 127, 128, 255};
      unknownType[5] = (byte) unknownIds[random.nextInt(unknownIds.length)];
      assertTrue(decode(unknownType, "unknown-type"), "unknown type is rejected");

      // 6. a length or count field inside the payload replaced by a large value
      byte[] bigCount = base.clone();
      if (bigCount.length > Protocol.HEADER_SIZE + 4) {
        int at = Protocol.HEADER_SIZE + random.nextInt(bigCount.length - Protocol.HEADER_SIZE - 3);
        int[] evil = {Integer.MAX_VALUE, -1, 0x10000000, 1 << 20, 65536, random.nextInt()};
        ByteBuffer.wrap(bigCount).putInt(at, evil[random.nextInt(evil.length)]);
      }
      decode(bigCount, "big-count");

      // 7. random bit flips in the payload
      byte[] flipped = base.clone();
      for (int i = 0, n = 1 + random.nextInt(6); i < n && flipped.length > Protocol.HEADER_SIZE; i++) {
        int at = Protocol.HEADER_SIZE + random.nextInt(flipped.length - Protocol.HEADER_SIZE);
        flipped[at] ^= (byte) (1 << random.nextInt(8));
      }
      decode(flipped, "bit-flip");

      // 8. valid header, random payload of the declared length
      byte[] garbage = new byte[Protocol.HEADER_SIZE + random.nextInt(2000)];
      random.nextBytes(garbage);
      System.arraycopy(base, 0, garbage, 0, 12);
      ByteBuffer.wrap(garbage).putInt(Protocol.LENGTH_OFFSET, garbage.length - Protocol.HEADER_SIZE);
      decode(garbage, "random-payload");

      // 9. declared length shorter than the payload (trailing bytes) or longer (truncated)
      byte[] wrongLength = base.clone();
      ByteBuffer.wrap(wrongLength).putInt(Protocol.LENGTH_OFFSET,
          base.length - Protocol.HEADER_SIZE + (random.nextBoolean() ? 1 + random.nextInt(9) : -1 - random.nextInt(3)));
      decode(wrongLength, "wrong-length");
      frames += 9;
    }
    assertTrue(frames >= 10_000, "fuzzed " + frames + " frames");
    assertEquals(frames + valid.size(), accepted + rejected);
    // most mutations must be caught; a few bit flips land in values and stay valid frames
    assertTrue(rejected > frames * 0.7, "rejected " + rejected + " of " + frames);
  }
}
