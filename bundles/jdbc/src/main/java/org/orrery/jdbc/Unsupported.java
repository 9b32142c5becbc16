package org.orrery.jdbc;

import java.sql.SQLFeatureNotSupportedException;

/** Builds the exception for JDBC features Orrery does not have, naming the method. */
final class Unsupported {
  private Unsupported() {}

  /** e.g. {@code feature("ResultSet.updateInt")}. */
  static SQLFeatureNotSupportedException feature(String method) {
    return new SQLFeatureNotSupportedException("Orrery JDBC does not support " + method, "0A000");
  }

  /** With a reason, e.g. why there is no equivalent in a time-series database. */
  static SQLFeatureNotSupportedException feature(String method, String reason) {
    return new SQLFeatureNotSupportedException("Orrery JDBC does not support " + method + ": " + reason, "0A000");
  }
}
