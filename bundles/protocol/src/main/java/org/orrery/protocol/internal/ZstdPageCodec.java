package org.orrery.protocol.internal;

import com.github.luben.zstd.Zstd;
import com.github.luben.zstd.ZstdException;
import org.orrery.protocol.ProtocolException;

/** Zstandard through zstd-jni, at level 1: pages are compressed on the request path. */
final class ZstdPageCodec implements PageCodec {
  private static final int LEVEL = 1;

  ZstdPageCodec() {
    // Loads the native library now, so a missing one shows up as "not available".
    Zstd.compressBound(1);
  }

  @Override
  public byte[] compress(byte[] source, int length) {
    byte[] target = new byte[(int) Zstd.compressBound(length)];
    long size = Zstd.compressByteArray(target, 0, target.length, source, 0, length, LEVEL);
    if (Zstd.isError(size)) {
      throw new IllegalStateException("zstd compression failed: " + Zstd.getErrorName(size));
    }
    return java.util.Arrays.copyOf(target, (int) size);
  }

  @Override
  public byte[] decompress(byte[] compressed, int rawLength) {
    byte[] raw = new byte[rawLength];
    long produced;
    try {
      produced = Zstd.decompressByteArray(raw, 0, rawLength, compressed, 0, compressed.length);
    } catch (ZstdException e) {
      throw new ProtocolException("corrupt ZSTD page: " + e.getMessage());
    }
    if (Zstd.isError(produced)) {
      throw new ProtocolException("corrupt ZSTD page: " + Zstd.getErrorName(produced));
    }
    if (produced != rawLength) {
      throw new ProtocolException("ZSTD page decoded to " + produced + " bytes, header says " + rawLength);
    }
    return raw;
  }
}
