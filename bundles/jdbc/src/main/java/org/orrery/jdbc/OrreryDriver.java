package org.orrery.jdbc;

import java.sql.Connection;
import java.sql.Driver;
import java.sql.DriverManager;
import java.sql.DriverPropertyInfo;
import java.sql.SQLException;
import java.sql.SQLFeatureNotSupportedException;
import java.util.Properties;
import java.util.logging.Logger;
import org.orrery.client.ClientException;
import org.orrery.client.Session;

/**
 * The JDBC driver for {@code jdbc:orrery://host:port/} URLs. It registers itself with
 * {@link DriverManager} when loaded, which {@code ServiceLoader} does through
 * {@code META-INF/services/java.sql.Driver}; every connection is one client session.
 */
public final class OrreryDriver implements Driver {
  static final int MAJOR_VERSION = 0;
  static final int MINOR_VERSION = 1;
  static final String NAME = "Orrery JDBC Driver";

  static {
    try {
      DriverManager.registerDriver(new OrreryDriver());
    } catch (SQLException e) {
      throw new ExceptionInInitializerError(e);
    }
  }

  @Override
  public Connection connect(String url, Properties info) throws SQLException {
    if (!acceptsURL(url)) {
      // the JDBC contract: null lets DriverManager try the next driver
      return null;
    }
    return open(JdbcUrl.parse(url, info));
  }

  static Connection open(JdbcUrl.Settings settings) throws SQLException {
    Session.Builder builder = Session.builder()
        .host(settings.host())
        .port(settings.port())
        .user(settings.user())
        .password(settings.password())
        .zone(settings.zone())
        .fetchSize(settings.fetchSize())
        .queryTimeoutMillis(settings.queryTimeoutMillis());
    if (settings.connectTimeoutMillis() > 0) {
      builder.connectTimeoutMillis(settings.connectTimeoutMillis());
    }
    Session session = builder.build();
    try {
      session.open();
    } catch (ClientException e) {
      SQLException failure = SqlErrors.of(e);
      throw new SQLException("cannot connect to " + settings + ": " + e.getMessage(),
          failure.getSQLState().startsWith("28") ? failure.getSQLState() : "08001", e.code().code(), e);
    }
    return new OrreryConnection(session, settings);
  }

  @Override
  public boolean acceptsURL(String url) {
    return JdbcUrl.accepts(url);
  }

  @Override
  public DriverPropertyInfo[] getPropertyInfo(String url, Properties info) {
    Properties given = info == null ? new Properties() : info;
    return new DriverPropertyInfo[] {
      property(JdbcUrl.USER, given, "user name (default root)"),
      property(JdbcUrl.PASSWORD, given, "password (default root)"),
      property(JdbcUrl.ZONE, given, "session time zone id (default: the JVM's)"),
      property(JdbcUrl.FETCH_SIZE, given, "rows per result page (default 5000)"),
      property(JdbcUrl.CONNECT_TIMEOUT, given, "connect timeout in milliseconds (0 = client default)"),
      property(JdbcUrl.QUERY_TIMEOUT, given, "query timeout in milliseconds (0 = server default)"),
    };
  }

  private static DriverPropertyInfo property(String key, Properties given, String description) {
    DriverPropertyInfo property = new DriverPropertyInfo(key, given.getProperty(key));
    property.description = description;
    property.required = false;
    return property;
  }

  @Override
  public int getMajorVersion() {
    return MAJOR_VERSION;
  }

  @Override
  public int getMinorVersion() {
    return MINOR_VERSION;
  }

  /** Not compliant: Orrery has no transactions and only part of SQL-92. */
  @Override
  public boolean jdbcCompliant() {
    return false;
  }

  @Override
  public Logger getParentLogger() throws SQLFeatureNotSupportedException {
    throw Unsupported.feature("Driver.getParentLogger", "the driver does not log through java.util.logging");
  }

  /** The driver version text, from the jar manifest when present. */
  static String version() {
    Package pkg = OrreryDriver.class.getPackage();
    String version = pkg == null ? null : pkg.getImplementationVersion();
    return version != null ? version : MAJOR_VERSION + "." + MINOR_VERSION;
  }
}
