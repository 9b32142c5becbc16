package org.orrery.samples.codec;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.ByteBuffer;
import java.util.Arrays;
import org.junit.jupiter.api.Test;
import org.orrery.codec.api.ByteSink;
import org.orrery.codec.api.CodecException;
import org.orrery.codec.api.CodecOptions;
import org.orrery.codec.api.Encoding;
import org.orrery.codec.api.LongDecoder;
import org.orrery.codec.api.ValueKind;
import org.orrery.codec.testkit.EncodingContractTest;

/**
 * The codec test kit's contract (edge-value round trips, id and name rules, unsupported kinds),
 * plus checks of this encoding's own byte format.
 */
class DeltaVarintEncodingTest extends EncodingContractTest {

  @Override
  protected Encoding encoding() {
    return new DeltaVarintEncoding();
  }

  private static byte[] encode(long... values) {
    ByteSink sink = new ByteSink();
    new DeltaVarintEncoding().newEncoder(ValueKind.INT64, CodecOptions.DEFAULTS)
        .encode(values, 0, values.length, sink);
    return sink.toByteArray();
  }

  private static LongDecoder decoder() {
    return new DeltaVarintEncoding().newDecoder(ValueKind.INT64, CodecOptions.DEFAULTS);
  }

  @Test
  void writesTheFirstValueThenZigZagDeltas() {
    // 100 -> zig-zag 200 = 0xC8 0x01; +1 -> 2; -2 -> 3; +0 -> 0
    assertArrayEquals(new byte[] {(byte) 0xC8, 0x01, 0x02, 0x03, 0x00}, encode(100, 101, 99, 99));
  }

  @Test
  void regularTimestampsTakeTwoBytesEach() {
    long[] times = new long[100];
    for (int i = 0; i < times.length; i++) {
      times[i] = 1_700_000_000_000L + 1000L * i;
    }
    byte[] bytes = encode(times);
    // The first value needs 6 bytes (zig-zag 3.4e12 < 2^42); each 1000 ms delta (zig-zag 2000)
    // needs 2.
    assertEquals(6 + 99 * 2, bytes.length);
    assertArrayEquals(times, decoder().decodeAll(ByteBuffer.wrap(bytes)));
  }

  @Test
  void deltasWrapAroundAtTheLongRange() {
    long[] values = {Long.MIN_VALUE, Long.MAX_VALUE, Long.MIN_VALUE, 0};
    assertArrayEquals(values, decoder().decodeAll(ByteBuffer.wrap(encode(values))));
  }

  @Test
  void cutPagesFailWithThePosition() {
    byte[] bytes = encode(100, 101);
    CodecException tooFew = assertThrows(CodecException.class,
        () -> decoder().decode(ByteBuffer.wrap(bytes), new long[3], 0, 3));
    assertEquals("DELTA_VARINT: the page ends after 2 of 3 values", tooFew.getMessage());
    CodecException cut = assertThrows(CodecException.class,
        () -> decoder().decodeAll(ByteBuffer.wrap(bytes, 0, 1)));
    assertEquals("DELTA_VARINT: varint starting at byte 0 is cut off", cut.getMessage());
  }

  @Test
  void rejectsAnOverlongVarint() {
    byte[] eleven = new byte[11];
    Arrays.fill(eleven, (byte) 0x80);
    assertThrows(CodecException.class, () -> decoder().decodeAll(ByteBuffer.wrap(eleven)));
  }
}
