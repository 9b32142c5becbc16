package org.orrery.common.error;

/**
 * Error codes that users see next to a message. The numbers are part of the wire protocol and of
 * scripts users write against it: never renumber one. Codes are grouped by hundreds:
 * 3xx statement and input errors, 4xx schema, 5xx storage and I/O, 6xx plugins, 7xx auth,
 * 8xx protocol, 9xx internal.
 */
public enum ErrorCode {
  // Persisted/wire codes: do not change a number once released.
  SYNTAX_ERROR(300),
  SEMANTIC_ERROR(301),
  ILLEGAL_ARGUMENT(302),
  UNSUPPORTED_TYPE(303),
  QUERY_TIMEOUT(304),
  QUERY_CANCELLED(305),
  MEMORY_LIMIT_EXCEEDED(306),
  PATH_NOT_FOUND(400),
  DATABASE_NOT_FOUND(401),
  DATABASE_ALREADY_EXISTS(402),
  SERIES_ALREADY_EXISTS(403),
  TYPE_MISMATCH(404),
  IO_ERROR(500),
  CORRUPT_FILE(501),
  CODEC_MISSING(502),
  WRITE_REJECTED(503),
  PLUGIN_INVALID(600),
  PLUGIN_NOT_FOUND(601),
  PLUGIN_START_FAILED(602),
  AUTHENTICATION_FAILED(700),
  PERMISSION_DENIED(701),
  USER_NOT_FOUND(702),
  PROTOCOL_ERROR(800),
  FRAME_TOO_LARGE(801),
  UNSUPPORTED_VERSION(802),
  /** The server already serves its maximum number of connections. */
  TOO_MANY_CONNECTIONS(803),
  /** A connection was closed after its idle timeout. */
  IDLE_TIMEOUT(804),
  INTERNAL_ERROR(900);

  private final int code;

  ErrorCode(int code) {
    this.code = code;
  }

  /** The stable number of this code. */
  public int code() {
    return code;
  }

  /** The code with the given number, or {@link #INTERNAL_ERROR} when none has it. */
  public static ErrorCode fromCode(int code) {
    for (ErrorCode value : values()) {
      if (value.code == code) {
        return value;
      }
    }
    return INTERNAL_ERROR;
  }
}
