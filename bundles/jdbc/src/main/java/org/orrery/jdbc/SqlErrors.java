package org.orrery.jdbc;

import java.sql.SQLException;
import java.sql.SQLInvalidAuthorizationSpecException;
import java.sql.SQLNonTransientConnectionException;
import java.sql.SQLSyntaxErrorException;
import java.sql.SQLTimeoutException;
import org.orrery.client.ClientConnectionException;
import org.orrery.client.ClientException;
import org.orrery.common.error.ErrorCode;

/**
 * Turns client failures into {@link SQLException}s carrying the server's message, its error code
 * as vendor code, and a SQLSTATE class that generic tools understand.
 */
final class SqlErrors {
  private SqlErrors() {}

  static SQLException of(ClientException e) {
    ErrorCode code = e.code();
    String message = e.getMessage();
    int vendor = code.code();
    if (e instanceof ClientConnectionException) {
      return new SQLNonTransientConnectionException(message, "08006", vendor, e);
    }
    switch (code) {
      case SYNTAX_ERROR:
        return new SQLSyntaxErrorException(message, "42000", vendor, e);
      case SEMANTIC_ERROR:
      case PATH_NOT_FOUND:
      case DATABASE_NOT_FOUND:
        return new SQLSyntaxErrorException(message, "42S02", vendor, e);
      case AUTHENTICATION_FAILED:
      case USER_NOT_FOUND:
        return new SQLInvalidAuthorizationSpecException(message, "28000", vendor, e);
      case PERMISSION_DENIED:
        return new SQLException(message, "42501", vendor, e);
      case QUERY_TIMEOUT:
        return new SQLTimeoutException(message, "HYT00", vendor, e);
      case QUERY_CANCELLED:
        return new SQLException(message, "HY008", vendor, e);
      case TYPE_MISMATCH:
      case ILLEGAL_ARGUMENT:
      case UNSUPPORTED_TYPE:
        return new SQLException(message, "22000", vendor, e);
      case IO_ERROR:
      case PROTOCOL_ERROR:
      case FRAME_TOO_LARGE:
      case UNSUPPORTED_VERSION:
      case TOO_MANY_CONNECTIONS:
      case IDLE_TIMEOUT:
        return new SQLNonTransientConnectionException(message, "08000", vendor, e);
      default:
        return new SQLException(message, "HY000", vendor, e);
    }
  }
}
