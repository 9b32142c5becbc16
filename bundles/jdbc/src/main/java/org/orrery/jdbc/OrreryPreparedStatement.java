package org.orrery.jdbc;

import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.math.BigDecimal;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.sql.Array;
import java.sql.Blob;
import java.sql.Clob;
import java.sql.Date;
import java.sql.NClob;
import java.sql.ParameterMetaData;
import java.sql.PreparedStatement;
import java.sql.Ref;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.RowId;
import java.sql.SQLException;
import java.sql.SQLXML;
import java.sql.Time;
import java.sql.Timestamp;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Calendar;
import java.util.List;

/**
 * A statement with {@code ?} parameters. The server has no prepared statements, so each
 * execution sends the text with every parameter rendered as a literal by {@link SqlLiterals},
 * which quotes and escapes it; a value can never become SQL syntax.
 */
final class OrreryPreparedStatement extends OrreryStatement implements PreparedStatement {
  private final PlaceholderSql sql;
  private final String[] literals;
  private final List<String> batch = new ArrayList<>();

  OrreryPreparedStatement(OrreryConnection connection, String sql) {
    super(connection);
    this.sql = PlaceholderSql.parse(sql);
    this.literals = new String[this.sql.parameterCount()];
  }

  /** The statement text with the current parameters (visible to tests and logging). */
  String renderedSql() throws SQLException {
    return sql.render(literals);
  }

  private void set(int index, String literal) throws SQLException {
    checkOpen();
    if (index < 1 || index > literals.length) {
      throw new SQLException("parameter index " + index + " out of range 1.." + literals.length, "07009");
    }
    literals[index - 1] = literal;
  }

  @Override
  public ResultSet executeQuery() throws SQLException {
    return runQuery(renderedSql());
  }

  @Override
  public int executeUpdate() throws SQLException {
    return (int) runUpdate(renderedSql());
  }

  @Override
  public long executeLargeUpdate() throws SQLException {
    return runUpdate(renderedSql());
  }

  @Override
  public boolean execute() throws SQLException {
    return run(renderedSql());
  }

  @Override
  public void addBatch() throws SQLException {
    checkOpen();
    batch.add(renderedSql());
  }

  @Override
  public void clearBatch() throws SQLException {
    checkOpen();
    batch.clear();
  }

  @Override
  public long[] executeLargeBatch() throws SQLException {
    List<String> statements = new ArrayList<>(batch);
    batch.clear();
    return runBatch(statements);
  }

  @Override
  public void clearParameters() throws SQLException {
    checkOpen();
    Arrays.fill(literals, null);
  }

  // The SQL-text forms of Statement make no sense on a prepared statement (JDBC requires a failure).

  private static SQLException textNotAllowed() {
    return new SQLException("a PreparedStatement runs its own SQL; this method takes none", "HY000");
  }

  @Override
  public ResultSet executeQuery(String text) throws SQLException {
    throw textNotAllowed();
  }

  @Override
  public int executeUpdate(String text) throws SQLException {
    throw textNotAllowed();
  }

  @Override
  public boolean execute(String text) throws SQLException {
    throw textNotAllowed();
  }

  @Override
  public void addBatch(String text) throws SQLException {
    throw textNotAllowed();
  }

  @Override
  public long executeLargeUpdate(String text) throws SQLException {
    throw textNotAllowed();
  }

  // ---- parameters

  @Override
  public void setNull(int index, int sqlType) throws SQLException {
    set(index, SqlLiterals.nullLiteral());
  }

  @Override
  public void setNull(int index, int sqlType, String typeName) throws SQLException {
    set(index, SqlLiterals.nullLiteral());
  }

  @Override
  public void setBoolean(int index, boolean x) throws SQLException {
    set(index, SqlLiterals.bool(x));
  }

  @Override
  public void setByte(int index, byte x) throws SQLException {
    set(index, SqlLiterals.integer(x));
  }

  @Override
  public void setShort(int index, short x) throws SQLException {
    set(index, SqlLiterals.integer(x));
  }

  @Override
  public void setInt(int index, int x) throws SQLException {
    set(index, SqlLiterals.integer(x));
  }

  @Override
  public void setLong(int index, long x) throws SQLException {
    set(index, SqlLiterals.integer(x));
  }

  @Override
  public void setFloat(int index, float x) throws SQLException {
    set(index, SqlLiterals.floating(x, index));
  }

  @Override
  public void setDouble(int index, double x) throws SQLException {
    set(index, SqlLiterals.floating(x, index));
  }

  @Override
  public void setBigDecimal(int index, BigDecimal x) throws SQLException {
    set(index, x == null ? SqlLiterals.nullLiteral() : SqlLiterals.decimal(x));
  }

  @Override
  public void setString(int index, String x) throws SQLException {
    set(index, x == null ? SqlLiterals.nullLiteral() : SqlLiterals.text(x));
  }

  @Override
  public void setNString(int index, String value) throws SQLException {
    setString(index, value);
  }

  @Override
  public void setBytes(int index, byte[] x) throws SQLException {
    throw Unsupported.feature("PreparedStatement.setBytes",
        "the SQL dialect has no binary literal; insert BLOB values with the Java client's insertTablet");
  }

  @Override
  public void setDate(int index, Date x) throws SQLException {
    set(index, x == null ? SqlLiterals.nullLiteral() : SqlLiterals.date(x.toLocalDate()));
  }

  @Override
  public void setDate(int index, Date x, Calendar cal) throws SQLException {
    setDate(index, x);
  }

  /** A time of day is rendered as its epoch milliseconds, like every instant. */
  @Override
  public void setTime(int index, Time x) throws SQLException {
    set(index, x == null ? SqlLiterals.nullLiteral() : SqlLiterals.integer(x.getTime()));
  }

  @Override
  public void setTime(int index, Time x, Calendar cal) throws SQLException {
    setTime(index, x);
  }

  /** An instant, rendered as epoch milliseconds (the server's timestamp unit). */
  @Override
  public void setTimestamp(int index, Timestamp x) throws SQLException {
    set(index, x == null ? SqlLiterals.nullLiteral() : SqlLiterals.integer(x.getTime()));
  }

  @Override
  public void setTimestamp(int index, Timestamp x, Calendar cal) throws SQLException {
    setTimestamp(index, x);
  }

  @Override
  public void setObject(int index, Object x, int targetSqlType) throws SQLException {
    set(index, SqlLiterals.of(x, targetSqlType, index, connection.zone()));
  }

  @Override
  public void setObject(int index, Object x) throws SQLException {
    set(index, SqlLiterals.of(x, index, connection.zone()));
  }

  @Override
  public void setObject(int index, Object x, int targetSqlType, int scaleOrLength) throws SQLException {
    setObject(index, x, targetSqlType);
  }

  @Override
  public void setAsciiStream(int index, InputStream x, int length) throws SQLException {
    setAsciiStream(index, x, (long) length);
  }

  @Override
  public void setAsciiStream(int index, InputStream x, long length) throws SQLException {
    setString(index, x == null ? null : new String(read(x, length), StandardCharsets.US_ASCII));
  }

  @Override
  public void setAsciiStream(int index, InputStream x) throws SQLException {
    setAsciiStream(index, x, -1L);
  }

  @Override
  @Deprecated
  public void setUnicodeStream(int index, InputStream x, int length) throws SQLException {
    throw Unsupported.feature("PreparedStatement.setUnicodeStream", "deprecated since JDBC 2; use setCharacterStream");
  }

  @Override
  public void setBinaryStream(int index, InputStream x, int length) throws SQLException {
    throw Unsupported.feature("PreparedStatement.setBinaryStream", "the SQL dialect has no binary literal");
  }

  @Override
  public void setBinaryStream(int index, InputStream x, long length) throws SQLException {
    throw Unsupported.feature("PreparedStatement.setBinaryStream", "the SQL dialect has no binary literal");
  }

  @Override
  public void setBinaryStream(int index, InputStream x) throws SQLException {
    throw Unsupported.feature("PreparedStatement.setBinaryStream", "the SQL dialect has no binary literal");
  }

  @Override
  public void setCharacterStream(int index, Reader reader, int length) throws SQLException {
    setCharacterStream(index, reader, (long) length);
  }

  @Override
  public void setCharacterStream(int index, Reader reader, long length) throws SQLException {
    setString(index, reader == null ? null : read(reader, length));
  }

  @Override
  public void setCharacterStream(int index, Reader reader) throws SQLException {
    setCharacterStream(index, reader, -1L);
  }

  @Override
  public void setNCharacterStream(int index, Reader value, long length) throws SQLException {
    setCharacterStream(index, value, length);
  }

  @Override
  public void setNCharacterStream(int index, Reader value) throws SQLException {
    setCharacterStream(index, value);
  }

  private static byte[] read(InputStream in, long length) throws SQLException {
    try {
      return length < 0 ? in.readAllBytes() : in.readNBytes((int) Math.min(length, Integer.MAX_VALUE));
    } catch (IOException e) {
      throw new SQLException("cannot read the parameter stream: " + e.getMessage(), e);
    }
  }

  private static String read(Reader reader, long length) throws SQLException {
    StringBuilder text = new StringBuilder();
    char[] buffer = new char[4096];
    try {
      long remaining = length < 0 ? Long.MAX_VALUE : length;
      int n;
      while (remaining > 0 && (n = reader.read(buffer, 0, (int) Math.min(buffer.length, remaining))) > 0) {
        text.append(buffer, 0, n);
        remaining -= n;
      }
    } catch (IOException e) {
      throw new SQLException("cannot read the parameter reader: " + e.getMessage(), e);
    }
    return text.toString();
  }

  @Override
  public void setRef(int index, Ref x) throws SQLException {
    throw Unsupported.feature("PreparedStatement.setRef", "Orrery has no REF type");
  }

  @Override
  public void setBlob(int index, Blob x) throws SQLException {
    throw Unsupported.feature("PreparedStatement.setBlob", "the SQL dialect has no binary literal");
  }

  @Override
  public void setBlob(int index, InputStream inputStream, long length) throws SQLException {
    throw Unsupported.feature("PreparedStatement.setBlob", "the SQL dialect has no binary literal");
  }

  @Override
  public void setBlob(int index, InputStream inputStream) throws SQLException {
    throw Unsupported.feature("PreparedStatement.setBlob", "the SQL dialect has no binary literal");
  }

  @Override
  public void setClob(int index, Clob x) throws SQLException {
    setString(index, x == null ? null : x.getSubString(1, (int) x.length()));
  }

  @Override
  public void setClob(int index, Reader reader, long length) throws SQLException {
    setCharacterStream(index, reader, length);
  }

  @Override
  public void setClob(int index, Reader reader) throws SQLException {
    setCharacterStream(index, reader);
  }

  @Override
  public void setNClob(int index, NClob value) throws SQLException {
    setClob(index, value);
  }

  @Override
  public void setNClob(int index, Reader reader, long length) throws SQLException {
    setCharacterStream(index, reader, length);
  }

  @Override
  public void setNClob(int index, Reader reader) throws SQLException {
    setCharacterStream(index, reader);
  }

  @Override
  public void setArray(int index, Array x) throws SQLException {
    throw Unsupported.feature("PreparedStatement.setArray", "Orrery has no ARRAY type");
  }

  @Override
  public void setURL(int index, URL x) throws SQLException {
    setString(index, x == null ? null : x.toString());
  }

  @Override
  public void setRowId(int index, RowId x) throws SQLException {
    throw Unsupported.feature("PreparedStatement.setRowId", "Orrery has no row ids");
  }

  @Override
  public void setSQLXML(int index, SQLXML xmlObject) throws SQLException {
    throw Unsupported.feature("PreparedStatement.setSQLXML", "Orrery has no XML type");
  }

  /** Unknown before execution: the server describes a result only when it runs the statement. */
  @Override
  public ResultSetMetaData getMetaData() throws SQLException {
    checkOpen();
    return null;
  }

  @Override
  public ParameterMetaData getParameterMetaData() throws SQLException {
    throw Unsupported.feature("PreparedStatement.getParameterMetaData",
        "the server does not describe parameters; they are rendered as literals");
  }
}
