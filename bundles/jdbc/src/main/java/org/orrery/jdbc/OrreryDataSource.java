package org.orrery.jdbc;

import java.io.PrintWriter;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.SQLFeatureNotSupportedException;
import java.time.ZoneId;
import java.util.Properties;
import java.util.logging.Logger;
import javax.sql.DataSource;

/**
 * A {@link DataSource} for connection pools and frameworks configured by bean properties:
 * {@code url} (default {@code jdbc:orrery://127.0.0.1:6667/}), {@code user}, {@code password},
 * {@code zone}. Each {@link #getConnection()} opens a new session.
 */
public final class OrreryDataSource implements DataSource {
  private String url = JdbcUrl.PREFIX + "127.0.0.1:" + JdbcUrl.DEFAULT_PORT + "/";
  private String user = "root";
  private String password = "root";
  private String zone;
  private int loginTimeoutSeconds;
  private PrintWriter logWriter;

  public String getUrl() {
    return url;
  }

  public void setUrl(String url) {
    this.url = url;
  }

  public String getUser() {
    return user;
  }

  public void setUser(String user) {
    this.user = user;
  }

  public void setPassword(String password) {
    this.password = password;
  }

  public String getZone() {
    return zone;
  }

  /** A time zone id such as {@code Asia/Shanghai}; default the JVM's zone. */
  public void setZone(String zone) {
    this.zone = zone == null ? null : ZoneId.of(zone).getId();
  }

  @Override
  public Connection getConnection() throws SQLException {
    return getConnection(user, password);
  }

  @Override
  public Connection getConnection(String username, String pass) throws SQLException {
    Properties info = new Properties();
    info.setProperty(JdbcUrl.USER, username);
    info.setProperty(JdbcUrl.PASSWORD, pass);
    if (zone != null) {
      info.setProperty(JdbcUrl.ZONE, zone);
    }
    if (loginTimeoutSeconds > 0) {
      info.setProperty(JdbcUrl.CONNECT_TIMEOUT, Integer.toString(loginTimeoutSeconds * 1000));
    }
    return OrreryDriver.open(JdbcUrl.parse(url, info));
  }

  @Override
  public PrintWriter getLogWriter() {
    return logWriter;
  }

  @Override
  public void setLogWriter(PrintWriter out) {
    this.logWriter = out;
  }

  /** Applied as the connect timeout of the sessions this data source opens. */
  @Override
  public void setLoginTimeout(int seconds) {
    this.loginTimeoutSeconds = seconds;
  }

  @Override
  public int getLoginTimeout() {
    return loginTimeoutSeconds;
  }

  @Override
  public Logger getParentLogger() throws SQLFeatureNotSupportedException {
    throw Unsupported.feature("DataSource.getParentLogger", "the driver does not log through java.util.logging");
  }

  @Override
  public <T> T unwrap(Class<T> type) throws SQLException {
    if (type.isInstance(this)) {
      return type.cast(this);
    }
    throw new SQLException("not a wrapper of " + type.getName());
  }

  @Override
  public boolean isWrapperFor(Class<?> type) {
    return type.isInstance(this);
  }
}
