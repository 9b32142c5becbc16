package org.orrery.protocol.message;

import org.orrery.protocol.MessageType;

/** One protocol message; its {@link #type()} decides the wire id and payload layout. */
public sealed interface Message
    permits HandshakeRequest, CloseSessionRequest, ExecuteRequest, FetchRequest, CloseQueryRequest,
        CancelRequest, InsertTabletsRequest, InsertRecordsRequest, PingRequest, HandshakeResponse,
        OkResponse, ResultHeaderResponse, ResultPageResponse, ErrorResponse {

  MessageType type();
}
