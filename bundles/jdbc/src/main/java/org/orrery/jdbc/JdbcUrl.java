package org.orrery.jdbc;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.sql.SQLException;
import java.time.DateTimeException;
import java.time.ZoneId;
import java.util.Properties;

/**
 * Reads {@code jdbc:orrery://host[:port][/][?key=value&...]} together with the connection
 * properties (which win over the URL's). Keys: {@code user}, {@code password}, {@code zone} (a
 * time zone id), {@code fetchSize} (rows per page), {@code connectTimeout} and
 * {@code queryTimeout} (milliseconds). Unknown keys are ignored, since generic tools pass their
 * own.
 */
final class JdbcUrl {
  static final String PREFIX = "jdbc:orrery://";
  static final int DEFAULT_PORT = 6667;

  static final String USER = "user";
  static final String PASSWORD = "password";
  static final String ZONE = "zone";
  static final String FETCH_SIZE = "fetchSize";
  static final String CONNECT_TIMEOUT = "connectTimeout";
  static final String QUERY_TIMEOUT = "queryTimeout";

  /** Everything needed to open a session. */
  record Settings(String host, int port, String user, String password, ZoneId zone, int fetchSize,
                  int connectTimeoutMillis, long queryTimeoutMillis) {
    @Override
    public String toString() {
      // never the password: this text can end up in logs
      return PREFIX + host + ":" + port + "/ as " + user;
    }
  }

  private JdbcUrl() {}

  static boolean accepts(String url) {
    return url != null && url.regionMatches(true, 0, PREFIX, 0, PREFIX.length());
  }

  /**
   * @throws SQLException (SQLSTATE 08001) naming the URL part or property that is malformed
   */
  static Settings parse(String url, Properties info) throws SQLException {
    if (!accepts(url)) {
      throw new SQLException("not an Orrery JDBC URL (expected " + PREFIX + "host:port/): " + url, "08001");
    }
    String rest = url.substring(PREFIX.length());
    Properties merged = new Properties();
    int query = rest.indexOf('?');
    if (query >= 0) {
      readQuery(rest.substring(query + 1), merged, url);
      rest = rest.substring(0, query);
    }
    if (info != null) {
      for (String key : info.stringPropertyNames()) {
        merged.setProperty(key, info.getProperty(key));
      }
    }
    int slash = rest.indexOf('/');
    String authority = slash >= 0 ? rest.substring(0, slash) : rest;
    String host = authority;
    int port = DEFAULT_PORT;
    int colon = authority.lastIndexOf(':');
    if (colon >= 0 && authority.indexOf(']') < colon) {
      host = authority.substring(0, colon);
      port = number(authority.substring(colon + 1), "port", url);
      if (port < 1 || port > 65535) {
        throw new SQLException("port out of range in " + url, "08001");
      }
    }
    if (host.startsWith("[") && host.endsWith("]")) {
      host = host.substring(1, host.length() - 1);
    }
    if (host.isEmpty()) {
      host = "127.0.0.1";
    }
    ZoneId zone;
    try {
      zone = merged.containsKey(ZONE) ? ZoneId.of(merged.getProperty(ZONE)) : ZoneId.systemDefault();
    } catch (DateTimeException e) {
      throw new SQLException("unknown time zone in property " + ZONE + ": " + merged.getProperty(ZONE), "08001");
    }
    return new Settings(host, port,
        merged.getProperty(USER, "root"),
        merged.getProperty(PASSWORD, "root"),
        zone,
        merged.containsKey(FETCH_SIZE) ? number(merged.getProperty(FETCH_SIZE), FETCH_SIZE, url) : 5000,
        merged.containsKey(CONNECT_TIMEOUT) ? number(merged.getProperty(CONNECT_TIMEOUT), CONNECT_TIMEOUT, url) : 0,
        merged.containsKey(QUERY_TIMEOUT) ? number(merged.getProperty(QUERY_TIMEOUT), QUERY_TIMEOUT, url) : 0);
  }

  private static void readQuery(String query, Properties into, String url) throws SQLException {
    for (String pair : query.split("&")) {
      if (pair.isEmpty()) {
        continue;
      }
      int eq = pair.indexOf('=');
      if (eq <= 0) {
        throw new SQLException("URL parameter without value: '" + pair + "' in " + url, "08001");
      }
      into.setProperty(decode(pair.substring(0, eq)), decode(pair.substring(eq + 1)));
    }
  }

  private static String decode(String text) {
    return URLDecoder.decode(text, StandardCharsets.UTF_8);
  }

  private static int number(String text, String what, String url) throws SQLException {
    try {
      int value = Integer.parseInt(text.trim());
      if (value < 0) {
        throw new NumberFormatException();
      }
      return value;
    } catch (NumberFormatException e) {
      throw new SQLException(what + " must be a non-negative number, got '" + text + "' (" + url + ")", "08001");
    }
  }
}
