package org.orrery.jdbc;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.sql.BatchUpdateException;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLDataException;
import java.sql.SQLException;
import java.sql.SQLFeatureNotSupportedException;
import java.sql.SQLInvalidAuthorizationSpecException;
import java.sql.SQLSyntaxErrorException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.sql.Types;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.orrery.common.type.DataType;
import org.orrery.engine.query.ResultColumn;
import org.orrery.rpc.RpcServer;
import org.orrery.rpc.RpcServerConfig;

/** The driver against the real RPC server on loopback, with a scripted query engine behind it. */
class DriverTest {
  private static final String SELECT = "select s1, s2, s3 from root.sg.d1";
  private static ScriptedEngine engine;
  private static RpcServer server;
  private static String url;

  @BeforeAll
  static void startServer() {
    engine = new ScriptedEngine();
    server = new RpcServer(RpcServerConfig.defaults().withPort(0), engine, new TwoUsers());
    server.start();
    url = "jdbc:orrery://127.0.0.1:" + server.port() + "/";
  }

  @AfterAll
  static void stopServer() {
    server.close();
  }

  @BeforeEach
  void script() {
    engine.statements.clear();
    List<Object[]> rows = new ArrayList<>();
    // five rows so that a fetch size of 2 needs three pages
    rows.add(new Object[] {1_000L, 1.5, 7, "text one"});
    rows.add(new Object[] {2_000L, null, -3, "two"});
    rows.add(new Object[] {3_000L, 3.25, null, null});
    rows.add(new Object[] {4_000L, 4.0, 4, "four"});
    rows.add(new Object[] {5_000L, 5.5, 5, "five"});
    engine.answer(SELECT, new ScriptedEngine.Table(true, List.of(
        new ResultColumn("root.sg.d1.s1", DataType.DOUBLE),
        new ResultColumn("root.sg.d1.s2", DataType.INT32),
        new ResultColumn("root.sg.d1.s3", DataType.TEXT)), rows));
  }

  private Connection connect() throws SQLException {
    return DriverManager.getConnection(url + "?fetchSize=2", "root", "root");
  }

  @Test
  void driverManagerFindsTheDriverThroughServiceLoader() throws SQLException {
    assertInstanceOf(OrreryDriver.class, DriverManager.getDriver(url));
    try (Connection connection = connect()) {
      assertTrue(connection.isValid(1));
      assertTrue(connection.getAutoCommit());
    }
  }

  @Test
  void userAndPasswordWithSpacesAndHashWork() throws SQLException {
    Properties info = new Properties();
    info.setProperty("user", "al ice");
    info.setProperty("password", "p w#1");
    try (Connection connection = DriverManager.getConnection(url, info)) {
      assertEquals("al ice", connection.getMetaData().getUserName());
    }
  }

  @Test
  void wrongPasswordIsAnAuthorizationError() {
    SQLException e = assertThrows(SQLException.class, () -> DriverManager.getConnection(url, "root", "nope"));
    assertEquals("28000", e.getSQLState());
    assertEquals(700, e.getErrorCode());
    assertTrue(e.getMessage().contains("authentication failed"), e.getMessage());
  }

  @Test
  void queryStreamsAllPagesWithTypedGetters() throws SQLException {
    try (Connection connection = connect(); Statement statement = connection.createStatement();
         ResultSet rs = statement.executeQuery(SELECT)) {
      ResultSetMetaData meta = rs.getMetaData();
      assertEquals(4, meta.getColumnCount());
      assertEquals("Time", meta.getColumnLabel(1));
      assertEquals(Types.TIMESTAMP, meta.getColumnType(1));
      assertEquals("root.sg.d1.s1", meta.getColumnLabel(2));
      assertEquals(Types.DOUBLE, meta.getColumnType(2));
      assertEquals(Types.INTEGER, meta.getColumnType(3));
      assertEquals("java.lang.String", meta.getColumnClassName(4));
      assertEquals(ResultSetMetaData.columnNoNulls, meta.isNullable(1));

      assertTrue(rs.isBeforeFirst());
      assertTrue(rs.next());
      assertEquals(new Timestamp(1_000L), rs.getTimestamp("time"));
      assertEquals(1_000L, rs.getLong(1));
      assertEquals(1.5, rs.getDouble("root.sg.d1.s1"));
      assertEquals(1, rs.getInt(2), "doubles truncate");
      assertEquals(7, rs.getInt(3));
      assertEquals("7", rs.getString(3));
      assertEquals("text one", rs.getString(4));
      assertEquals(Double.valueOf(1.5), rs.getObject(2));
      assertEquals(Integer.valueOf(7), rs.getObject(3));
      assertEquals(new Timestamp(1_000L), rs.getObject(1));
      assertEquals(Instant.ofEpochMilli(1_000L), rs.getObject(1, Instant.class));
      assertEquals(new BigDecimal("1.5"), rs.getBigDecimal(2));
      SQLDataException notANumber = assertThrows(SQLDataException.class, () -> rs.getInt(4));
      assertTrue(notANumber.getMessage().contains("'text one'"), notANumber.getMessage());

      assertTrue(rs.next());
      assertEquals(0.0, rs.getDouble(2));
      assertTrue(rs.wasNull());
      assertEquals(-3, rs.getInt(3));
      assertFalse(rs.wasNull());
      assertNull(rs.getObject(2));

      assertTrue(rs.next());
      assertNull(rs.getString(4));
      assertTrue(rs.wasNull());
      assertFalse(rs.getBoolean(4), "no value reads as false");

      assertTrue(rs.next());
      assertTrue(rs.next());
      assertTrue(rs.isLast());
      assertEquals(5, rs.getRow());
      assertEquals("five", rs.getString(4));
      assertFalse(rs.next());
      assertThrows(SQLException.class, () -> rs.getString(1));
    }
  }

  @Test
  void maxRowsStopsEarly() throws SQLException {
    try (Connection connection = connect(); Statement statement = connection.createStatement()) {
      statement.setMaxRows(3);
      ResultSet rs = statement.executeQuery(SELECT);
      int count = 0;
      while (rs.next()) {
        count++;
      }
      assertEquals(3, count);
    }
  }

  @Test
  void executeDistinguishesQueriesFromOtherStatements() throws SQLException {
    try (Connection connection = connect(); Statement statement = connection.createStatement()) {
      assertFalse(statement.execute("create database root.sg"));
      assertEquals(0, statement.getUpdateCount());
      assertNull(statement.getResultSet());
      assertTrue(statement.execute(SELECT));
      assertEquals(-1, statement.getUpdateCount());
      assertTrue(statement.getResultSet().next());
      assertEquals(0, statement.executeUpdate("flush"));
      assertThrows(SQLException.class, () -> statement.executeUpdate(SELECT));
      assertThrows(SQLException.class, () -> statement.executeQuery("flush"));
    }
  }

  @Test
  void serverErrorsBecomeSqlExceptionsWithCodeAndState() throws SQLException {
    try (Connection connection = connect(); Statement statement = connection.createStatement()) {
      SQLSyntaxErrorException e = assertThrows(SQLSyntaxErrorException.class, () -> statement.execute("FAIL now"));
      assertEquals(300, e.getErrorCode());
      assertEquals("42000", e.getSQLState());
      assertTrue(e.getMessage().contains("mismatched input 'FAIL'"));
      // the connection stays usable
      assertTrue(statement.execute(SELECT));
    }
  }

  @Test
  void batchRunsInOrderAndReportsTheFailingStatement() throws SQLException {
    try (Connection connection = connect(); Statement statement = connection.createStatement()) {
      statement.addBatch("create database root.a");
      statement.addBatch("create database root.b");
      assertArrayEquals(new int[] {Statement.SUCCESS_NO_INFO, Statement.SUCCESS_NO_INFO}, statement.executeBatch());
      assertEquals(List.of("create database root.a", "create database root.b"), engine.statements);

      statement.addBatch("flush");
      statement.addBatch("FAIL here");
      statement.addBatch("flush");
      BatchUpdateException e = assertThrows(BatchUpdateException.class, statement::executeBatch);
      assertArrayEquals(new int[] {Statement.SUCCESS_NO_INFO, Statement.EXECUTE_FAILED}, e.getUpdateCounts());
      assertEquals(300, e.getErrorCode());
    }
  }

  @Test
  void preparedStatementSendsQuotedLiterals() throws SQLException {
    try (Connection connection = connect();
         PreparedStatement insert = connection.prepareStatement(
             "insert into root.sg.`d 1#x`(time, s1, s2, s3) values (?, ?, ?, ?)")) {
      insert.setTimestamp(1, new Timestamp(1_704_067_200_000L));
      insert.setDouble(2, 2.5);
      insert.setBoolean(3, true);
      insert.setString(4, "it's; -- fine");
      assertEquals(0, insert.executeUpdate());
      insert.setLong(1, 7);
      insert.setNull(2, Types.DOUBLE);
      insert.setObject(3, LocalDate.of(2024, 2, 29));
      insert.setString(4, "?");
      insert.addBatch();
      insert.clearParameters();
      insert.setLong(1, 8);
      assertThrows(SQLException.class, insert::addBatch, "parameters 2-4 are unset");
      insert.setInt(2, 1);
      insert.setInt(3, 2);
      insert.setInt(4, 3);
      insert.addBatch();
      assertEquals(2, insert.executeBatch().length);
    }
    assertEquals(List.of(
        "insert into root.sg.`d 1#x`(time, s1, s2, s3) values (1704067200000, 2.5, true, 'it''s; -- fine')",
        "insert into root.sg.`d 1#x`(time, s1, s2, s3) values (7, null, '2024-02-29', '?')",
        "insert into root.sg.`d 1#x`(time, s1, s2, s3) values (8, 1, 2, 3)"), engine.statements);
  }

  @Test
  void preparedQueryReturnsRows() throws SQLException {
    engine.answer("select s1, s2, s3 from root.sg.d1 where time >= 3000", new ScriptedEngine.Table(false,
        List.of(new ResultColumn("count(root.sg.d1.s1)", DataType.INT64)), List.<Object[]>of(new Object[] {3L})));
    try (Connection connection = connect();
         PreparedStatement query = connection.prepareStatement("select s1, s2, s3 from root.sg.d1 where time >= ?")) {
      query.setLong(1, 3000);
      try (ResultSet rs = query.executeQuery()) {
        assertEquals(1, rs.getMetaData().getColumnCount(), "no time column");
        assertTrue(rs.next());
        assertEquals(3L, rs.getLong("count(root.sg.d1.s1)"));
      }
      assertThrows(SQLException.class, () -> query.executeQuery("select 1"));
    }
  }

  @Test
  void unsupportedFeaturesNameTheMethod() throws SQLException {
    try (Connection connection = connect(); Statement statement = connection.createStatement()) {
      ResultSet rs = statement.executeQuery(SELECT);
      rs.next();
      SQLFeatureNotSupportedException update = assertThrows(SQLFeatureNotSupportedException.class,
          () -> rs.updateInt(2, 1));
      assertTrue(update.getMessage().contains("ResultSet.updateInt"), update.getMessage());
      assertTrue(assertThrows(SQLFeatureNotSupportedException.class, rs::previous).getMessage()
          .contains("ResultSet.previous"));
      assertTrue(assertThrows(SQLFeatureNotSupportedException.class, () -> connection.setAutoCommit(false))
          .getMessage().contains("setAutoCommit(false)"));
      assertThrows(SQLFeatureNotSupportedException.class, () -> connection.prepareCall("call x"));
      assertThrows(SQLFeatureNotSupportedException.class,
          () -> connection.createStatement(ResultSet.TYPE_SCROLL_INSENSITIVE, ResultSet.CONCUR_READ_ONLY));
    }
  }

  @Test
  void closingTheConnectionClosesItsUse() throws SQLException {
    Connection connection = connect();
    Statement statement = connection.createStatement();
    connection.close();
    assertTrue(connection.isClosed());
    assertFalse(connection.isValid(1));
    assertEquals("08003", assertThrows(SQLException.class, () -> statement.execute(SELECT)).getSQLState());
  }

  @Test
  void closeOnCompletionClosesTheStatementWithItsResult() throws SQLException {
    try (Connection connection = connect()) {
      Statement statement = connection.createStatement();
      statement.closeOnCompletion();
      ResultSet first = statement.executeQuery(SELECT);
      statement.executeQuery(SELECT).close();
      assertTrue(first.isClosed(), "running again closed the first result");
      assertTrue(statement.isClosed());
    }
  }

  @Test
  void dataSourceOpensSessions() throws SQLException {
    OrreryDataSource source = new OrreryDataSource();
    source.setUrl(url);
    source.setUser("al ice");
    source.setPassword("p w#1");
    try (Connection connection = source.getConnection(); Statement statement = connection.createStatement()) {
      assertTrue(statement.execute(SELECT));
    }
  }
}
