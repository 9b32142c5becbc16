package ${package};

import java.nio.ByteBuffer;
import java.util.Arrays;
import org.orrery.codec.api.ByteSink;
import org.orrery.codec.api.CodecException;
import org.orrery.codec.api.CodecProperties;
import org.orrery.codec.api.Encoding;
import org.orrery.codec.api.KindCodecs;
import org.orrery.codec.api.LongDecoder;
import org.orrery.codec.api.LongEncoder;
import org.orrery.codec.api.ValueKind;
import org.osgi.service.component.annotations.Component;

/**
 * An INT64 (and TIMESTAMP) value encoding: each value is zig-zag mapped, so that values near zero
 * of either sign become small, then written as an unsigned LEB128 varint (7 bits per byte, high
 * bit set on every byte but the last). Small values take one byte instead of eight.
 *
 * <p>{@link #ID} is written into every chunk header that uses this encoding: once data is stored
 * with it, it must never change, and the files need this plugin to be read. Plugin ids lie in
 * 64..127; pick one no other codec plugin of your servers uses.
 */
@Component(
    service = Encoding.class,
    property = {
      CodecProperties.KIND + "=" + CodecProperties.KIND_ENCODING,
      CodecProperties.ID + ":Integer=" + ZigZagVarintEncoding.ID,
      CodecProperties.NAME + "=" + ZigZagVarintEncoding.NAME
    })
public class ZigZagVarintEncoding implements Encoding {
  /** Persisted in chunk headers: never change it. */
  public static final int ID = 64;

  public static final String NAME = "ZIGZAG_VARINT";

  private static final KindCodecs CODECS =
      KindCodecs.builder()
          .add(ValueKind.INT64, options -> new Encoder(), options -> new Decoder())
          .build();

  @Override
  public int id() {
    return ID;
  }

  @Override
  public String name() {
    return NAME;
  }

  @Override
  public KindCodecs codecs() {
    return CODECS;
  }

  static final class Encoder implements LongEncoder {
    @Override
    public void encode(long[] values, int offset, int count, ByteSink out) {
      for (int i = offset; i < offset + count; i++) {
        long zigZag = (values[i] << 1) ^ (values[i] >> 63);
        while ((zigZag & ~0x7FL) != 0) {
          out.write((int) ((zigZag & 0x7F) | 0x80));
          zigZag >>>= 7;
        }
        out.write((int) zigZag);
      }
    }
  }

  static final class Decoder implements LongDecoder {
    @Override
    public void decode(ByteBuffer in, long[] out, int offset, int count) {
      for (int i = 0; i < count; i++) {
        if (!in.hasRemaining()) {
          throw new CodecException(
              NAME + ": the stream ends after " + i + " of " + count + " values");
        }
        out[offset + i] = readValue(in);
      }
    }

    @Override
    public long[] decodeAll(ByteBuffer in) {
      long[] values = new long[Math.max(16, in.remaining())];
      int count = 0;
      while (in.hasRemaining()) {
        if (count == values.length) {
          values = Arrays.copyOf(values, count * 2);
        }
        values[count++] = readValue(in);
      }
      return Arrays.copyOf(values, count);
    }

    private static long readValue(ByteBuffer in) {
      long zigZag = 0;
      for (int shift = 0; shift < 64; shift += 7) {
        if (!in.hasRemaining()) {
          throw new CodecException(NAME + ": varint cut off at byte " + in.position());
        }
        byte b = in.get();
        zigZag |= (long) (b & 0x7F) << shift;
        if (b >= 0) {
          return (zigZag >>> 1) ^ -(zigZag & 1);
        }
      }
      throw new CodecException(NAME + ": varint longer than 10 bytes ending at " + in.position());
    }
  }
}
