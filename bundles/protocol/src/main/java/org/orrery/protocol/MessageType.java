package org.orrery.protocol;

/**
 * The message kinds and their wire ids. Requests (client to server) use ids 1-63, responses
 * (server to client) 64-127. The ids are on the wire: never renumber one, never use
 * {@code ordinal()}.
 */
public enum MessageType {
  // Wire ids: do not change the byte a message binds to.
  HANDSHAKE(1, true),
  CLOSE_SESSION(2, true),
  EXECUTE(3, true),
  FETCH(4, true),
  CLOSE_QUERY(5, true),
  CANCEL(6, true),
  INSERT_TABLETS(7, true),
  INSERT_RECORDS(8, true),
  PING(9, true),
  HANDSHAKE_OK(64, false),
  OK(65, false),
  RESULT_HEADER(66, false),
  RESULT_PAGE(67, false),
  ERROR(68, false);

  private static final MessageType[] BY_ID = new MessageType[128];

  static {
    for (MessageType type : values()) {
      BY_ID[type.id] = type;
    }
  }

  private final byte id;
  private final boolean request;

  MessageType(int id, boolean request) {
    this.id = (byte) id;
    this.request = request;
  }

  /** The wire id. */
  public byte id() {
    return id;
  }

  /** True for messages a client sends, false for the server's responses. */
  public boolean isRequest() {
    return request;
  }

  /**
   * The message type with the given wire id.
   *
   * @throws ProtocolException naming the id when no message has it
   */
  public static MessageType fromId(int id) {
    MessageType type = id >= 0 && id < BY_ID.length ? BY_ID[id] : null;
    if (type == null) {
      throw new ProtocolException("unknown message type id: " + id);
    }
    return type;
  }
}
