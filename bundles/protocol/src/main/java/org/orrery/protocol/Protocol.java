package org.orrery.protocol;

/**
 * Constants of the frame format. Every frame starts with a fixed {@value #HEADER_SIZE}-byte
 * header: magic, protocol version, message type, flags, request id, payload length (all
 * big-endian). These values are on the wire: never change one that was released.
 */
public final class Protocol {
  private Protocol() {}

  /** Wire constant: the first four bytes of every frame, ASCII "ORRY". */
  public static final int MAGIC = 0x4F52_5259;

  /** Wire constant: the first protocol version. HANDSHAKE frames are always written in it. */
  public static final int VERSION_1 = 1;

  /**
   * Wire constant: version 2 adds a page count to EXECUTE and FETCH, so that one answer carries
   * several pages of a result (see {@code docs/protocol.md}); every other layout is as in 1.
   */
  public static final int VERSION_2 = 2;

  /** The lowest version this implementation speaks. */
  public static final int MIN_VERSION = VERSION_1;

  /** The highest version this implementation speaks. */
  public static final int MAX_VERSION = VERSION_2;

  /** The most pages one EXECUTE or FETCH may ask for (version 2). */
  public static final int MAX_PAGES_PER_ANSWER = 1024;

  /** Bytes of the frame header: magic(4) version(1) type(1) flags(2) request id(4) length(4). */
  public static final int HEADER_SIZE = 16;

  /** Byte offset of the payload length inside the header. */
  public static final int LENGTH_OFFSET = 12;

  /** Default upper bound of one frame's payload (64 MiB); each side may configure its own. */
  public static final int DEFAULT_MAX_FRAME_SIZE = 64 * 1024 * 1024;

  /** Default port of the native protocol. */
  public static final int DEFAULT_PORT = 6667;
}
