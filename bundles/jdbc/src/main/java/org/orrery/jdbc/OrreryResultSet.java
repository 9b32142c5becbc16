package org.orrery.jdbc;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.io.Reader;
import java.io.StringReader;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.charset.StandardCharsets;
import java.sql.Date;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.sql.SQLWarning;
import java.sql.Statement;
import java.sql.Time;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Calendar;
import java.util.List;
import java.util.Map;
import org.orrery.common.type.DataType;

/**
 * A forward-only, read-only result set over a {@link RowSource}. When the rows are time-stamped,
 * column 1 is {@code Time} (a TIMESTAMP: {@code getTimestamp}, {@code getLong} for epoch
 * milliseconds, {@code getObject} gives a {@link Timestamp}) and the value columns follow.
 * Labels are matched case-insensitively, the first match wins.
 */
final class OrreryResultSet extends ReadOnlyResultSet {
  static final String TIME_LABEL = "Time";

  private final RowSource rows;
  private final Statement statement;
  private final ZoneId zone;
  private final long maxRows;
  private final List<String> labels = new ArrayList<>();
  private final List<DataType> types = new ArrayList<>();
  private final int timeOffset;
  private long rowNumber;
  private boolean afterLast;
  private boolean closed;
  private boolean lastWasNull;
  private int fetchSize;

  /**
   * @param statement the statement that produced the rows ({@code null} for metadata results)
   * @param maxRows the most rows to return, 0 for all
   */
  OrreryResultSet(RowSource rows, Statement statement, ZoneId zone, long maxRows) {
    this.rows = rows;
    this.statement = statement;
    this.zone = zone;
    this.maxRows = maxRows;
    if (rows.hasTimeColumn()) {
      labels.add(TIME_LABEL);
      types.add(DataType.TIMESTAMP);
    }
    labels.addAll(rows.columnNames());
    types.addAll(rows.columnTypes());
    this.timeOffset = rows.hasTimeColumn() ? 1 : 0;
  }

  List<String> labels() {
    return labels;
  }

  List<DataType> types() {
    return types;
  }

  boolean hasTimeColumn() {
    return timeOffset == 1;
  }

  @Override
  public boolean next() throws SQLException {
    checkOpen();
    if (afterLast) {
      return false;
    }
    if ((maxRows > 0 && rowNumber >= maxRows) || !rows.next()) {
      afterLast = true;
      if (maxRows > 0 && rowNumber >= maxRows) {
        rows.close();
      }
      return false;
    }
    rowNumber++;
    return true;
  }

  /** The value at a 1-based column of the current row (time boxed as Long); tracks wasNull. */
  private Object raw(int column) throws SQLException {
    checkOpen();
    if (rowNumber == 0 || afterLast) {
      throw new SQLException("no current row: call next() first" + (afterLast ? " (the result is exhausted)" : ""), "24000");
    }
    if (column < 1 || column > labels.size()) {
      throw new SQLException("column index " + column + " out of range 1.." + labels.size(), "07009");
    }
    Object value = column <= timeOffset ? (Object) rows.time() : rows.value(column - 1 - timeOffset);
    lastWasNull = value == null;
    return value;
  }

  private DataType type(int column) {
    return types.get(column - 1);
  }

  private String label(int column) {
    return labels.get(column - 1);
  }

  @Override
  public boolean wasNull() {
    return lastWasNull;
  }

  @Override
  public String getString(int column) throws SQLException {
    Object value = raw(column);
    return value == null ? null : ValueConversions.string(value, type(column));
  }

  @Override
  public String getNString(int column) throws SQLException {
    return getString(column);
  }

  @Override
  public boolean getBoolean(int column) throws SQLException {
    Object value = raw(column);
    return value != null && ValueConversions.bool(value, type(column), label(column));
  }

  @Override
  public byte getByte(int column) throws SQLException {
    return (byte) integral(column, Byte.MIN_VALUE, Byte.MAX_VALUE, "byte");
  }

  @Override
  public short getShort(int column) throws SQLException {
    return (short) integral(column, Short.MIN_VALUE, Short.MAX_VALUE, "short");
  }

  @Override
  public int getInt(int column) throws SQLException {
    return (int) integral(column, Integer.MIN_VALUE, Integer.MAX_VALUE, "int");
  }

  @Override
  public long getLong(int column) throws SQLException {
    return integral(column, Long.MIN_VALUE, Long.MAX_VALUE, "long");
  }

  private long integral(int column, long min, long max, String target) throws SQLException {
    Object value = raw(column);
    return value == null ? 0 : ValueConversions.longValue(value, type(column), label(column), min, max, target);
  }

  @Override
  public float getFloat(int column) throws SQLException {
    return (float) getDouble(column);
  }

  @Override
  public double getDouble(int column) throws SQLException {
    Object value = raw(column);
    return value == null ? 0 : ValueConversions.doubleValue(value, type(column), label(column));
  }

  @Override
  public BigDecimal getBigDecimal(int column) throws SQLException {
    Object value = raw(column);
    return value == null ? null : ValueConversions.decimal(value, type(column), label(column));
  }

  @Override
  @Deprecated
  public BigDecimal getBigDecimal(int column, int scale) throws SQLException {
    BigDecimal value = getBigDecimal(column);
    return value == null ? null : value.setScale(scale, RoundingMode.HALF_UP);
  }

  @Override
  public byte[] getBytes(int column) throws SQLException {
    Object value = raw(column);
    return value == null ? null : ValueConversions.bytes(value, type(column));
  }

  @Override
  public Date getDate(int column) throws SQLException {
    return getDate(column, (Calendar) null);
  }

  @Override
  public Date getDate(int column, Calendar cal) throws SQLException {
    Object value = raw(column);
    return value == null ? null : ValueConversions.date(value, type(column), label(column), zoneOf(cal));
  }

  @Override
  public Time getTime(int column) throws SQLException {
    return getTime(column, null);
  }

  @Override
  public Time getTime(int column, Calendar cal) throws SQLException {
    Object value = raw(column);
    return value == null ? null : ValueConversions.time(value, type(column), label(column), zoneOf(cal));
  }

  @Override
  public Timestamp getTimestamp(int column) throws SQLException {
    return getTimestamp(column, null);
  }

  /** Timestamps are instants, so the calendar only matters for DATE values (midnight where). */
  @Override
  public Timestamp getTimestamp(int column, Calendar cal) throws SQLException {
    Object value = raw(column);
    return value == null ? null : ValueConversions.timestamp(value, type(column), label(column), zoneOf(cal));
  }

  private ZoneId zoneOf(Calendar cal) {
    return cal == null ? zone : cal.getTimeZone().toZoneId();
  }

  @Override
  public InputStream getAsciiStream(int column) throws SQLException {
    String value = getString(column);
    return value == null ? null : new ByteArrayInputStream(value.getBytes(StandardCharsets.US_ASCII));
  }

  @Override
  @Deprecated
  public InputStream getUnicodeStream(int column) throws SQLException {
    throw Unsupported.feature("ResultSet.getUnicodeStream", "deprecated since JDBC 2; use getCharacterStream");
  }

  @Override
  public InputStream getBinaryStream(int column) throws SQLException {
    byte[] value = getBytes(column);
    return value == null ? null : new ByteArrayInputStream(value);
  }

  @Override
  public Reader getCharacterStream(int column) throws SQLException {
    String value = getString(column);
    return value == null ? null : new StringReader(value);
  }

  @Override
  public Reader getNCharacterStream(int column) throws SQLException {
    return getCharacterStream(column);
  }

  @Override
  public Object getObject(int column) throws SQLException {
    Object value = raw(column);
    if (value == null) {
      return null;
    }
    if (column <= timeOffset) {
      return new Timestamp((Long) value);
    }
    return ValueConversions.object(value, type(column));
  }

  @Override
  public Object getObject(int column, Map<String, Class<?>> map) throws SQLException {
    return getObject(column);
  }

  @Override
  public <T> T getObject(int column, Class<T> target) throws SQLException {
    if (target == null) {
      throw new SQLException("getObject needs a target class");
    }
    Object value = raw(column);
    if (value == null) {
      return null;
    }
    Object converted;
    if (target == String.class) {
      converted = getString(column);
    } else if (target == Long.class) {
      converted = getLong(column);
    } else if (target == Integer.class) {
      converted = getInt(column);
    } else if (target == Short.class) {
      converted = getShort(column);
    } else if (target == Byte.class) {
      converted = getByte(column);
    } else if (target == Double.class) {
      converted = getDouble(column);
    } else if (target == Float.class) {
      converted = getFloat(column);
    } else if (target == Boolean.class) {
      converted = getBoolean(column);
    } else if (target == BigDecimal.class) {
      converted = getBigDecimal(column);
    } else if (target == byte[].class) {
      converted = getBytes(column);
    } else if (target == Timestamp.class) {
      converted = getTimestamp(column);
    } else if (target == Date.class) {
      converted = getDate(column);
    } else if (target == Time.class) {
      converted = getTime(column);
    } else if (target == Instant.class) {
      converted = getTimestamp(column).toInstant();
    } else if (target == OffsetDateTime.class) {
      converted = getTimestamp(column).toInstant().atZone(zone).toOffsetDateTime();
    } else if (target == LocalDateTime.class) {
      converted = getTimestamp(column).toInstant().atZone(zone).toLocalDateTime();
    } else if (target == LocalDate.class) {
      converted = type(column) == DataType.DATE && value instanceof Integer
          ? ValueConversions.localDate((Integer) value)
          : getTimestamp(column).toInstant().atZone(zone).toLocalDate();
    } else if (target.isInstance(getObject(column))) {
      converted = getObject(column);
    } else {
      throw new SQLException("column " + label(column) + " (" + type(column) + ") cannot be read as "
          + target.getName(), "22018");
    }
    return target.cast(converted);
  }

  @Override
  public int findColumn(String columnLabel) throws SQLException {
    for (int i = 0; i < labels.size(); i++) {
      if (labels.get(i).equalsIgnoreCase(columnLabel)) {
        return i + 1;
      }
    }
    throw new SQLException("no column labelled '" + columnLabel + "' (columns: " + labels + ")", "42S22");
  }

  @Override
  public ResultSetMetaData getMetaData() throws SQLException {
    checkOpen();
    return new OrreryResultSetMetaData(labels, types, timeOffset == 1);
  }

  @Override
  public boolean isBeforeFirst() throws SQLException {
    checkOpen();
    return rowNumber == 0 && !afterLast && rows.hasNext();
  }

  @Override
  public boolean isAfterLast() throws SQLException {
    checkOpen();
    return afterLast && rowNumber > 0;
  }

  @Override
  public boolean isFirst() throws SQLException {
    checkOpen();
    return rowNumber == 1 && !afterLast;
  }

  @Override
  public boolean isLast() throws SQLException {
    checkOpen();
    if (rowNumber == 0 || afterLast) {
      return false;
    }
    return (maxRows > 0 && rowNumber >= maxRows) || !rows.hasNext();
  }

  @Override
  public int getRow() throws SQLException {
    checkOpen();
    return afterLast ? 0 : (int) Math.min(rowNumber, Integer.MAX_VALUE);
  }

  @Override
  public void setFetchDirection(int direction) throws SQLException {
    if (direction != ResultSet.FETCH_FORWARD) {
      throw forwardOnly("setFetchDirection(" + direction + ")");
    }
  }

  @Override
  public int getFetchDirection() {
    return ResultSet.FETCH_FORWARD;
  }

  /**
   * Recorded for {@link #getFetchSize}; pages are sized by the connection's {@code fetchSize}
   * property, which the session fixes when it opens.
   */
  @Override
  public void setFetchSize(int rows) throws SQLException {
    if (rows < 0) {
      throw new SQLException("fetch size must not be negative: " + rows);
    }
    this.fetchSize = rows;
  }

  @Override
  public int getFetchSize() {
    return fetchSize;
  }

  @Override
  public int getType() {
    return ResultSet.TYPE_FORWARD_ONLY;
  }

  @Override
  public int getConcurrency() {
    return ResultSet.CONCUR_READ_ONLY;
  }

  @Override
  public int getHoldability() {
    return ResultSet.CLOSE_CURSORS_AT_COMMIT;
  }

  @Override
  public String getCursorName() throws SQLException {
    throw Unsupported.feature("ResultSet.getCursorName", "there are no named cursors");
  }

  @Override
  public SQLWarning getWarnings() throws SQLException {
    checkOpen();
    return null;
  }

  @Override
  public void clearWarnings() {
    // no warnings are ever recorded
  }

  @Override
  public Statement getStatement() {
    return statement;
  }

  /** Stops the query on the server (used by Statement.cancel). */
  void cancel() throws SQLException {
    if (!closed) {
      rows.cancel();
    }
  }

  @Override
  public void close() {
    if (!closed) {
      closed = true;
      rows.close();
      if (statement instanceof OrreryStatement) {
        ((OrreryStatement) statement).resultClosed(this);
      }
    }
  }

  @Override
  public boolean isClosed() {
    return closed;
  }

  private void checkOpen() throws SQLException {
    if (closed) {
      throw new SQLException("the result set is closed", "24000");
    }
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
