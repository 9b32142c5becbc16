package org.orrery.protocol.internal;

import java.util.EnumMap;
import java.util.Map;
import org.orrery.common.error.ErrorCode;
import org.orrery.protocol.PageCompression;
import org.orrery.protocol.ProtocolException;

/**
 * The page codecs this process can use. lz4-java and zstd-jni are optional dependencies: a codec
 * whose library is missing (or whose native part fails to load) is simply not offered.
 */
public final class CompressionSupport {
  private static final Map<PageCompression, PageCodec> CODECS = load();

  private CompressionSupport() {}

  private static Map<PageCompression, PageCodec> load() {
    Map<PageCompression, PageCodec> codecs = new EnumMap<>(PageCompression.class);
    try {
      codecs.put(PageCompression.LZ4, new Lz4PageCodec());
    } catch (LinkageError | RuntimeException e) {
      // lz4-java absent: pages are sent uncompressed or with another codec
    }
    try {
      codecs.put(PageCompression.ZSTD, new ZstdPageCodec());
    } catch (LinkageError | RuntimeException e) {
      // zstd-jni absent or its native library cannot load on this platform
    }
    return codecs;
  }

  public static boolean isAvailable(PageCompression compression) {
    return compression == PageCompression.NONE || CODECS.containsKey(compression);
  }

  /** The codec of {@code compression}; fails naming it when it is not available here. */
  static PageCodec codec(PageCompression compression) {
    PageCodec codec = CODECS.get(compression);
    if (codec == null) {
      throw new ProtocolException(
          ErrorCode.CODEC_MISSING, "page compression " + compression + " is not available in this process");
    }
    return codec;
  }
}
