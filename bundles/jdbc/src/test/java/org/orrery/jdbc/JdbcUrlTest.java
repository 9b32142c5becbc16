package org.orrery.jdbc;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.SQLException;
import java.time.ZoneId;
import java.util.Properties;
import org.junit.jupiter.api.Test;

class JdbcUrlTest {

  @Test
  void readsHostPortAndQueryParameters() throws SQLException {
    JdbcUrl.Settings settings = JdbcUrl.parse(
        "jdbc:orrery://db.example:6668/?user=al%20ice&password=p%20w%231&zone=Asia/Shanghai&fetchSize=10", null);
    assertEquals("db.example", settings.host());
    assertEquals(6668, settings.port());
    assertEquals("al ice", settings.user());
    assertEquals("p w#1", settings.password());
    assertEquals(ZoneId.of("Asia/Shanghai"), settings.zone());
    assertEquals(10, settings.fetchSize());
  }

  @Test
  void propertiesWinOverTheUrlAndDefaultsFillTheRest() throws SQLException {
    Properties info = new Properties();
    info.setProperty("user", "bob");
    info.setProperty("password", "x");
    JdbcUrl.Settings settings = JdbcUrl.parse("jdbc:orrery://[::1]/?user=root", info);
    assertEquals("::1", settings.host());
    assertEquals(6667, settings.port());
    assertEquals("bob", settings.user());
    assertEquals(5000, settings.fetchSize());
    JdbcUrl.Settings bare = JdbcUrl.parse("jdbc:orrery://", new Properties());
    assertEquals("127.0.0.1", bare.host());
    assertEquals("root", bare.user());
    assertEquals("root", bare.password());
    assertFalse(bare.toString().contains("root/root"), "the password never appears in the text form");
  }

  @Test
  void rejectsMalformedUrlsNamingTheProblem() {
    assertTrue(JdbcUrl.accepts("JDBC:ORRERY://h:1/"));
    assertFalse(JdbcUrl.accepts("jdbc:iotdb://h:1/"));
    assertEquals("08001", assertThrows(SQLException.class, () -> JdbcUrl.parse("jdbc:orrery://h:99999/", null)).getSQLState());
    assertTrue(assertThrows(SQLException.class, () -> JdbcUrl.parse("jdbc:orrery://h:port/", null))
        .getMessage().contains("'port'"));
    assertTrue(assertThrows(SQLException.class, () -> JdbcUrl.parse("jdbc:orrery://h/?fetchSize=-1", null))
        .getMessage().contains("fetchSize"));
    assertTrue(assertThrows(SQLException.class, () -> JdbcUrl.parse("jdbc:orrery://h/?zone=Mars/Base", null))
        .getMessage().contains("Mars/Base"));
  }
}
