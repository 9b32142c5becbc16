package org.orrery.protocol.internal;

import org.orrery.protocol.MessageType;
import org.orrery.protocol.Protocol;
import org.orrery.protocol.message.CancelRequest;
import org.orrery.protocol.message.CloseQueryRequest;
import org.orrery.protocol.message.CloseSessionRequest;
import org.orrery.protocol.message.ErrorResponse;
import org.orrery.protocol.message.ExecuteRequest;
import org.orrery.protocol.message.FetchRequest;
import org.orrery.protocol.message.HandshakeRequest;
import org.orrery.protocol.message.HandshakeResponse;
import org.orrery.protocol.message.InsertRecordsRequest;
import org.orrery.protocol.message.InsertTabletsRequest;
import org.orrery.protocol.message.Message;
import org.orrery.protocol.message.OkResponse;
import org.orrery.protocol.message.PingRequest;
import org.orrery.protocol.message.ResultHeaderResponse;
import org.orrery.protocol.message.ResultPageResponse;

/** Dispatches each message type to the codec of its family. */
public final class MessageCodec {
  private MessageCodec() {}

  /**
   * A payload size to allocate up front, so that large columnar messages are encoded without
   * growing (and copying) the buffer; small messages get a small default.
   */
  public static int sizeHint(Message message) {
    long bytes = 256;
    if (message instanceof InsertTabletsRequest m) {
      bytes = InsertSizes.tablets(m.tablets());
    } else if (message instanceof ResultPageResponse m) {
      bytes += ResultPageCodec.sizeHint(m.page());
    } else if (message instanceof ResultHeaderResponse m) {
      bytes += 64L * m.columnNames().size() + ResultPageCodec.sizeHint(m.firstPage());
    }
    // beyond the largest possible frame the encoder fails anyway; don't allocate for it
    return (int) Math.min(bytes, 1L << 28);
  }

  /** Writes {@code message} in the newest protocol version. */
  public static void write(PayloadWriter out, Message message) {
    write(out, message, Protocol.MAX_VERSION);
  }

  /** Writes {@code message} in the layout of protocol {@code version}. */
  public static void write(PayloadWriter out, Message message, int version) {
    if (message instanceof HandshakeRequest m) {
      SessionMessageCodec.writeHandshake(out, m);
    } else if (message instanceof HandshakeResponse m) {
      SessionMessageCodec.writeHandshakeResponse(out, m);
    } else if (message instanceof OkResponse m) {
      SessionMessageCodec.writeOk(out, m);
    } else if (message instanceof ErrorResponse m) {
      SessionMessageCodec.writeError(out, m);
    } else if (message instanceof ExecuteRequest m) {
      QueryMessageCodec.writeExecute(out, m, version);
    } else if (message instanceof FetchRequest m) {
      QueryMessageCodec.writeFetch(out, m, version);
    } else if (message instanceof CloseQueryRequest m) {
      out.i64(m.queryId());
    } else if (message instanceof CancelRequest m) {
      out.i64(m.queryId());
    } else if (message instanceof ResultHeaderResponse m) {
      QueryMessageCodec.writeHeader(out, m);
    } else if (message instanceof ResultPageResponse m) {
      QueryMessageCodec.writePage(out, m);
    } else if (message instanceof InsertTabletsRequest m) {
      InsertMessageCodec.writeTablets(out, m);
    } else if (message instanceof InsertRecordsRequest m) {
      InsertMessageCodec.writeRecords(out, m);
    } else if (!(message instanceof CloseSessionRequest || message instanceof PingRequest)) {
      throw new IllegalArgumentException("no codec for message " + message.type());
    }
  }

  /** Reads a message written in the newest protocol version. */
  public static Message read(MessageType type, PayloadReader in) {
    return read(type, in, Protocol.MAX_VERSION);
  }

  /** Reads a message written in the layout of protocol {@code version}. */
  public static Message read(MessageType type, PayloadReader in, int version) {
    switch (type) {
      case HANDSHAKE:
        return SessionMessageCodec.readHandshake(in);
      case CLOSE_SESSION:
        return new CloseSessionRequest();
      case EXECUTE:
        return QueryMessageCodec.readExecute(in, version);
      case FETCH:
        return QueryMessageCodec.readFetch(in, version);
      case CLOSE_QUERY:
        return new CloseQueryRequest(in.i64("query id"));
      case CANCEL:
        return new CancelRequest(in.i64("query id"));
      case INSERT_TABLETS:
        return InsertMessageCodec.readTablets(in);
      case INSERT_RECORDS:
        return InsertMessageCodec.readRecords(in);
      case PING:
        return new PingRequest();
      case HANDSHAKE_OK:
        return SessionMessageCodec.readHandshakeResponse(in);
      case OK:
        return SessionMessageCodec.readOk(in);
      case RESULT_HEADER:
        return QueryMessageCodec.readHeader(in);
      case RESULT_PAGE:
        return QueryMessageCodec.readPage(in);
      case ERROR:
        return SessionMessageCodec.readError(in);
      default:
        throw new IllegalArgumentException("no codec for message type " + type);
    }
  }
}
