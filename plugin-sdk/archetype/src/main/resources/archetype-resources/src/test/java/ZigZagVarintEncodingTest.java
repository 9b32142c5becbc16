package ${package};

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.ByteBuffer;
import org.junit.jupiter.api.Test;
import org.orrery.codec.api.ByteSink;
import org.orrery.codec.api.CodecException;
import org.orrery.codec.api.CodecIds;
import org.orrery.codec.api.CodecOptions;
import org.orrery.codec.api.Encoding;
import org.orrery.codec.api.LongDecoder;
import org.orrery.codec.api.LongEncoder;
import org.orrery.codec.api.ValueKind;
import org.orrery.codec.testkit.EncodingContractTest;

/**
 * The codec test kit's contract (edge-value round trips, id and name rules, unsupported kinds),
 * plus checks of this encoding's own byte format.
 */
class ZigZagVarintEncodingTest extends EncodingContractTest {

  @Override
  protected Encoding encoding() {
    return new ZigZagVarintEncoding();
  }

  private byte[] encode(long... values) {
    LongEncoder encoder = encoding().newEncoder(ValueKind.INT64, CodecOptions.DEFAULTS);
    ByteSink sink = new ByteSink();
    encoder.encode(values, 0, values.length, sink);
    return sink.toByteArray();
  }

  @Test
  void usesAPluginIdAndOnlyInt64() {
    assertTrue(CodecIds.isPluginId(encoding().id()));
    assertTrue(encoding().supports(ValueKind.INT64));
    assertFalse(encoding().supports(ValueKind.DOUBLE));
  }

  @Test
  void smallValuesOfEitherSignTakeOneByte() {
    // zig-zag: 0 -> 0, -1 -> 1, 1 -> 2, -64 -> 127, 64 -> 128 (two bytes: 0x80 0x01)
    assertArrayEquals(new byte[] {0, 1, 2, 127}, encode(0, -1, 1, -64));
    assertArrayEquals(new byte[] {(byte) 0x80, 0x01}, encode(64));
  }

  @Test
  void roundTripsEdgeValues() {
    long[] values = {0, 1, -1, Long.MAX_VALUE, Long.MIN_VALUE, 1_700_000_000_000L, -123456789};
    byte[] bytes = encode(values);
    LongDecoder decoder = encoding().newDecoder(ValueKind.INT64, CodecOptions.DEFAULTS);
    assertArrayEquals(values, decoder.decodeAll(ByteBuffer.wrap(bytes)));
    long[] out = new long[values.length + 1];
    ByteBuffer in = ByteBuffer.wrap(bytes);
    decoder.decode(in, out, 1, values.length);
    assertEquals(Long.MIN_VALUE, out[5]);
    assertFalse(in.hasRemaining());
  }

  @Test
  void truncatedStreamsFailWithAClearMessage() {
    byte[] bytes = encode(5, 300);
    LongDecoder decoder = encoding().newDecoder(ValueKind.INT64, CodecOptions.DEFAULTS);
    CodecException tooFew = assertThrows(CodecException.class,
        () -> decoder.decode(ByteBuffer.wrap(bytes), new long[3], 0, 3));
    assertEquals("ZIGZAG_VARINT: the stream ends after 2 of 3 values", tooFew.getMessage());
    ByteBuffer cut = ByteBuffer.wrap(bytes, 0, bytes.length - 1);
    assertThrows(CodecException.class, () -> decoder.decodeAll(cut));
  }
}
