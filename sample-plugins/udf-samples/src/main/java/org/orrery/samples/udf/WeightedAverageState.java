package org.orrery.samples.udf;

import java.nio.ByteBuffer;
import org.orrery.udf.api.State;
import org.orrery.udf.api.exception.UDFException;

/**
 * The partial result of {@link WeightedAverage}: the sum of {@code value * weight}, the sum of
 * the weights and the number of rows added.
 *
 * <p>Serialized form (nodes exchange it, so it is a wire format): one format byte
 * {@value #FORMAT}, then the weighted sum and the weight sum as big-endian IEEE 754 doubles, then
 * the row count as a big-endian long: 25 bytes.
 */
public final class WeightedAverageState implements State {
  /** Format byte of the serialized state; a new layout must take a new value. */
  static final byte FORMAT = 1;

  private static final int SIZE = 1 + Double.BYTES + Double.BYTES + Long.BYTES;

  double weightedSum;
  double weightSum;
  long rows;

  @Override
  public void reset() {
    weightedSum = 0;
    weightSum = 0;
    rows = 0;
  }

  @Override
  public byte[] serialize() {
    return ByteBuffer.allocate(SIZE)
        .put(FORMAT)
        .putDouble(weightedSum)
        .putDouble(weightSum)
        .putLong(rows)
        .array();
  }

  @Override
  public void deserialize(byte[] bytes) {
    if (bytes.length != SIZE || bytes[0] != FORMAT) {
      throw new UDFException(
          "weighted_avg: cannot read a state of " + bytes.length + " bytes with format byte "
              + (bytes.length == 0 ? "none" : Byte.toString(bytes[0])) + "; expected " + SIZE
              + " bytes with format " + FORMAT);
    }
    ByteBuffer buffer = ByteBuffer.wrap(bytes, 1, SIZE - 1);
    weightedSum = buffer.getDouble();
    weightSum = buffer.getDouble();
    rows = buffer.getLong();
  }
}
