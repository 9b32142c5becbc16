package org.orrery.protocol.internal;

import net.jpountz.lz4.LZ4Compressor;
import net.jpountz.lz4.LZ4Exception;
import net.jpountz.lz4.LZ4Factory;
import net.jpountz.lz4.LZ4SafeDecompressor;
import org.orrery.protocol.ProtocolException;

/** LZ4 block format through lz4-java; decompression uses the bounds-checking decoder. */
final class Lz4PageCodec implements PageCodec {
  private final LZ4Compressor compressor;
  private final LZ4SafeDecompressor decompressor;

  Lz4PageCodec() {
    LZ4Factory factory = LZ4Factory.fastestInstance();
    compressor = factory.fastCompressor();
    decompressor = factory.safeDecompressor();
  }

  @Override
  public byte[] compress(byte[] source, int length) {
    return compressor.compress(source, 0, length);
  }

  @Override
  public byte[] decompress(byte[] compressed, int rawLength) {
    byte[] raw = new byte[rawLength];
    int produced;
    try {
      produced = decompressor.decompress(compressed, 0, compressed.length, raw, 0, rawLength);
    } catch (LZ4Exception e) {
      throw new ProtocolException("corrupt LZ4 page: " + e.getMessage());
    }
    if (produced != rawLength) {
      throw new ProtocolException("LZ4 page decoded to " + produced + " bytes, header says " + rawLength);
    }
    return raw;
  }
}
