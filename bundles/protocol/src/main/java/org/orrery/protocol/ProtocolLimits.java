package org.orrery.protocol;

/**
 * Bounds the decoder enforces before it allocates anything.
 *
 * @param maxFrameSize largest accepted payload, in bytes (also the largest decompressed page)
 * @param maxRowsPerBlock largest row count of one block (a tablet or a result block)
 * @param maxDecodedBytes largest total of array bytes the decoding of one frame may allocate; it
 *     caps the expansion of compact encodings (e.g. a null bitmap of a million rows becomes a
 *     million-entry array)
 */
public record ProtocolLimits(int maxFrameSize, int maxRowsPerBlock, long maxDecodedBytes) {

  /** Default largest rows per block: 1 Mi rows. */
  public static final int DEFAULT_MAX_ROWS_PER_BLOCK = 1 << 20;

  public ProtocolLimits {
    if (maxFrameSize < 1024) {
      throw new IllegalArgumentException("max frame size must be at least 1024 bytes: " + maxFrameSize);
    }
    if (maxRowsPerBlock < 1) {
      throw new IllegalArgumentException("max rows per block must be positive: " + maxRowsPerBlock);
    }
    if (maxDecodedBytes < maxFrameSize) {
      throw new IllegalArgumentException(
          "max decoded bytes " + maxDecodedBytes + " is below the max frame size " + maxFrameSize);
    }
  }

  /** Limits for a given frame size: decoding may allocate up to four times the frame size. */
  public static ProtocolLimits forFrameSize(int maxFrameSize) {
    return new ProtocolLimits(maxFrameSize, DEFAULT_MAX_ROWS_PER_BLOCK, 4L * maxFrameSize);
  }

  /** The defaults: 64 MiB frames. */
  public static ProtocolLimits defaults() {
    return forFrameSize(Protocol.DEFAULT_MAX_FRAME_SIZE);
  }
}
