package org.orrery.protocol;

import org.orrery.common.error.ErrorCode;
import org.orrery.common.error.OrreryException;

/**
 * A frame or payload that breaks the protocol: bad magic, an unsupported version, an unknown
 * message type, a length over the limit, a truncated or malformed payload. The message names the
 * offending value. A peer that receives one answers with an error frame and closes the
 * connection, since the byte stream can no longer be trusted to be in sync.
 */
public class ProtocolException extends OrreryException {
  private static final long serialVersionUID = 1L;

  public ProtocolException(ErrorCode code, String message) {
    super(code, message);
  }

  public ProtocolException(String message) {
    super(ErrorCode.PROTOCOL_ERROR, message);
  }
}
