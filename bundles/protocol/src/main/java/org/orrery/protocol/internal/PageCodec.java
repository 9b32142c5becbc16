package org.orrery.protocol.internal;

/**
 * Compresses and restores the block section of a result page. Implementations wrap one library;
 * they are loaded only when {@link CompressionSupport} found that library.
 */
interface PageCodec {

  /** Compressed form of {@code source[0..length)}. */
  byte[] compress(byte[] source, int length);

  /**
   * Restores exactly {@code rawLength} bytes.
   *
   * @throws org.orrery.protocol.ProtocolException when the input is corrupt or decodes to a
   *     different length
   */
  byte[] decompress(byte[] compressed, int rawLength);
}
