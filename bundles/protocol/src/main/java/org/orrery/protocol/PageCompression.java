package org.orrery.protocol;

import org.orrery.protocol.internal.CompressionSupport;

/**
 * How result pages are compressed. The client lists the codecs it accepts in the handshake, the
 * server picks one and every page it sends names the codec it used. The ids are on the wire:
 * never renumber one.
 */
public enum PageCompression {
  // Wire ids: do not change the byte a codec binds to.
  NONE(0),
  LZ4(1),
  ZSTD(2);

  private final byte id;

  PageCompression(int id) {
    this.id = (byte) id;
  }

  /** The wire id. */
  public byte id() {
    return id;
  }

  /** Whether this process can use the codec (its library is on the class path and loads). */
  public boolean isAvailable() {
    return CompressionSupport.isAvailable(this);
  }

  /**
   * The codec with the given wire id.
   *
   * @throws ProtocolException naming the id when no codec has it
   */
  public static PageCompression fromId(int id) {
    for (PageCompression value : values()) {
      if (value.id == id) {
        return value;
      }
    }
    throw new ProtocolException("unknown page compression id: " + id);
  }

  /**
   * The codec with the given name, case-insensitive ({@code none}, {@code lz4}, {@code zstd}).
   *
   * @throws IllegalArgumentException naming the text when no codec has that name
   */
  public static PageCompression fromName(String name) {
    for (PageCompression value : values()) {
      if (value.name().equalsIgnoreCase(name)) {
        return value;
      }
    }
    throw new IllegalArgumentException("unknown page compression: '" + name + "'");
  }
}
