package org.orrery.rpc.internal;

import java.util.ArrayList;
import java.util.List;
import org.orrery.common.error.ErrorCode;
import org.orrery.common.error.OrreryException;
import org.orrery.protocol.ProtocolException;
import org.orrery.protocol.message.CancelRequest;
import org.orrery.protocol.message.CloseQueryRequest;
import org.orrery.protocol.message.CloseSessionRequest;
import org.orrery.protocol.message.ErrorResponse;
import org.orrery.protocol.message.ExecuteRequest;
import org.orrery.protocol.message.FetchRequest;
import org.orrery.protocol.message.HandshakeRequest;
import org.orrery.protocol.message.InsertRecordsRequest;
import org.orrery.protocol.message.InsertTabletsRequest;
import org.orrery.protocol.message.Message;
import org.orrery.protocol.message.OkResponse;
import org.orrery.protocol.message.PingRequest;

/**
 * Decodes one request and runs it, on a worker thread. Only HANDSHAKE is accepted before the
 * session is authenticated; anything else then closes the connection. A malformed payload also
 * closes it; an engine error only fails the request.
 */
final class RequestProcessor {
  private final ServerContext server;
  private final HandshakeHandler handshakes;
  private final StatementHandler statements;
  private final InsertHandler inserts;

  RequestProcessor(ServerContext server) {
    this.server = server;
    this.handshakes = new HandshakeHandler(server);
    this.statements = new StatementHandler(server);
    this.inserts = new InsertHandler(server);
  }

  Reply process(ClientSession session, InboundFrame frame, String peer) {
    Message request;
    try {
      request = server.codec().decodePayload(frame.header(), frame.payloadBuffer());
    } catch (OrreryException e) {
      return Reply.closing(new ErrorResponse(e.code(), e.getMessage()));
    }
    if (!request.type().isRequest()) {
      return Reply.closing(new ErrorResponse(
          ErrorCode.PROTOCOL_ERROR, request.type() + " is a response, not a request"));
    }
    if (request instanceof HandshakeRequest handshake) {
      return handshakes.handle(session, handshake, peer);
    }
    if (!session.isOpen()) {
      return Reply.closing(new ErrorResponse(
          ErrorCode.AUTHENTICATION_FAILED, "not authenticated: the first request must be HANDSHAKE, got " + request.type()));
    }
    try {
      return dispatch(session, request);
    } catch (ProtocolException e) {
      return Reply.closing(new ErrorResponse(e.code(), e.getMessage()));
    } catch (RuntimeException e) {
      return Reply.of(Errors.toResponse(e, request.type().toString()));
    }
  }

  /**
   * Runs consecutive INSERT_TABLETS requests of an open session as one write and returns one
   * reply per request, in order. A request that cannot be decoded ends the list with its closing
   * error: the requests before it are still written, those after it are dropped with the
   * connection.
   */
  List<Reply> processInserts(ClientSession session, List<InboundFrame> frames) {
    List<InsertTabletsRequest> requests = new ArrayList<>(frames.size());
    Reply malformed = null;
    for (InboundFrame frame : frames) {
      try {
        requests.add((InsertTabletsRequest) server.codec().decodePayload(frame.header(), frame.payloadBuffer()));
      } catch (OrreryException e) {
        malformed = Reply.closing(new ErrorResponse(e.code(), e.getMessage()));
        break;
      }
    }
    List<Reply> replies = new ArrayList<>(frames.size());
    if (!requests.isEmpty()) {
      try {
        replies.addAll(inserts.insertTablets(session, requests));
      } catch (ProtocolException e) {
        replies.add(Reply.closing(new ErrorResponse(e.code(), e.getMessage())));
        return replies;
      } catch (RuntimeException e) {
        Reply failure = Reply.of(Errors.toResponse(e, "INSERT_TABLETS"));
        for (int i = 0; i < requests.size(); i++) {
          replies.add(failure);
        }
      }
    }
    if (malformed != null) {
      replies.add(malformed);
    }
    return replies;
  }

  private Reply dispatch(ClientSession session, Message request) {
    if (request instanceof ExecuteRequest execute) {
      return statements.execute(session, execute);
    } else if (request instanceof FetchRequest fetch) {
      return statements.fetch(session, fetch);
    } else if (request instanceof CloseQueryRequest close) {
      return statements.closeQuery(session, close);
    } else if (request instanceof CancelRequest cancel) {
      return cancel(session, cancel);
    } else if (request instanceof InsertTabletsRequest tablets) {
      return inserts.insertTablets(session, List.of(tablets)).get(0);
    } else if (request instanceof InsertRecordsRequest records) {
      return inserts.insertRecords(session, records);
    } else if (request instanceof PingRequest) {
      return Reply.of(new OkResponse("PONG"));
    } else if (request instanceof CloseSessionRequest) {
      session.queries().closeAll();
      return Reply.closing(new OkResponse("session closed"));
    }
    throw new ProtocolException("unexpected request " + request.type());
  }

  /** See {@link StatementHandler#prepareAhead}; runs on the connection's worker. */
  void prepareAhead(ClientSession session, Message sent) {
    statements.prepareAhead(session, sent);
  }

  /** Cancels an open query; used both in order and, for an open session, from the event loop. */
  static Reply cancel(ClientSession session, CancelRequest request) {
    boolean running = session.queries().cancel(request.queryId());
    return Reply.of(new OkResponse(running ? "cancelled" : "query " + request.queryId() + " is not open"));
  }
}
