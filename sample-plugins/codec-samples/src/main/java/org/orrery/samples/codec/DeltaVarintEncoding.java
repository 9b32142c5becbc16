package org.orrery.samples.codec;

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
 * DELTA_VARINT, an INT64 (and TIMESTAMP) value encoding for slowly changing or regularly spaced
 * values such as timestamps and counters.
 *
 * <p>Page format (persisted): the first value, then the difference of each value from the one
 * before, each as a zig-zag LEB128 varint ({@link Varints}). Differences wrap around like Java
 * {@code long} arithmetic, so every value round-trips, {@code Long.MIN_VALUE} and
 * {@code Long.MAX_VALUE} included. An empty page has no bytes. Timestamps one second apart in
 * milliseconds take 2 bytes per value instead of 8.
 *
 * <p>{@link #ID} is persisted in the header of every chunk that uses the encoding: it must never
 * change, and such files need this plugin to be read.
 */
@Component(
    service = Encoding.class,
    property = {
      CodecProperties.KIND + "=" + CodecProperties.KIND_ENCODING,
      CodecProperties.ID + ":Integer=" + DeltaVarintEncoding.ID,
      CodecProperties.NAME + "=" + DeltaVarintEncoding.NAME
    })
public class DeltaVarintEncoding implements Encoding {
  /** Persisted in chunk headers (plugin id range 64..127): never change it. */
  public static final int ID = 100;

  public static final String NAME = "DELTA_VARINT";

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
      long previous = 0;
      for (int i = offset; i < offset + count; i++) {
        Varints.writeSigned(values[i] - previous, out);
        previous = values[i];
      }
    }
  }

  static final class Decoder implements LongDecoder {
    @Override
    public void decode(ByteBuffer in, long[] out, int offset, int count) {
      long previous = 0;
      for (int i = 0; i < count; i++) {
        if (!in.hasRemaining()) {
          throw new CodecException(NAME + ": the page ends after " + i + " of " + count + " values");
        }
        previous += Varints.readSigned(in);
        out[offset + i] = previous;
      }
    }

    @Override
    public long[] decodeAll(ByteBuffer in) {
      long[] values = new long[Math.max(16, in.remaining())];
      int count = 0;
      long previous = 0;
      while (in.hasRemaining()) {
        if (count == values.length) {
          values = Arrays.copyOf(values, count * 2);
        }
        previous += Varints.readSigned(in);
        values[count++] = previous;
      }
      return Arrays.copyOf(values, count);
    }
  }
}
