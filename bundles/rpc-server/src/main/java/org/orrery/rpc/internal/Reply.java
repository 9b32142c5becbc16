package org.orrery.rpc.internal;

import org.orrery.protocol.message.Message;

/** The response to one request, and whether the connection closes after sending it. */
record Reply(Message message, boolean closeAfter) {
  static Reply of(Message message) {
    return new Reply(message, false);
  }

  static Reply closing(Message message) {
    return new Reply(message, true);
  }
}
