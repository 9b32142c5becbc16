package org.orrery.jdbc;

import java.io.InputStream;
import java.io.Reader;
import java.math.BigDecimal;
import java.sql.Array;
import java.sql.Blob;
import java.sql.Clob;
import java.sql.Date;
import java.sql.NClob;
import java.sql.Ref;
import java.sql.ResultSet;
import java.sql.RowId;
import java.sql.SQLException;
import java.sql.SQLFeatureNotSupportedException;
import java.sql.SQLXML;
import java.sql.Time;
import java.sql.Timestamp;
import java.util.Calendar;
import java.util.Map;

/**
 * The part of {@link ResultSet} that a forward-only, read-only result set answers the same way
 * every time: by-label getters delegate to the by-index ones through {@link #findColumn}; updates,
 * scrolling and SQL types Orrery does not have throw {@link SQLFeatureNotSupportedException}
 * naming the method. {@link OrreryResultSet} implements the reading.
 */
abstract class ReadOnlyResultSet implements ResultSet {

  static SQLFeatureNotSupportedException readOnly(String method) {
    return Unsupported.feature("ResultSet." + method, "results are read-only");
  }

  static SQLFeatureNotSupportedException forwardOnly(String method) {
    return Unsupported.feature("ResultSet." + method, "results are forward-only");
  }

  @Override
  public final void updateNull(int columnIndex) throws SQLException {
    throw readOnly("updateNull");
  }

  @Override
  public final void updateNull(String columnLabel) throws SQLException {
    throw readOnly("updateNull");
  }

  @Override
  public final void updateBoolean(int columnIndex, boolean x) throws SQLException {
    throw readOnly("updateBoolean");
  }

  @Override
  public final void updateBoolean(String columnLabel, boolean x) throws SQLException {
    throw readOnly("updateBoolean");
  }

  @Override
  public final void updateByte(int columnIndex, byte x) throws SQLException {
    throw readOnly("updateByte");
  }

  @Override
  public final void updateByte(String columnLabel, byte x) throws SQLException {
    throw readOnly("updateByte");
  }

  @Override
  public final void updateShort(int columnIndex, short x) throws SQLException {
    throw readOnly("updateShort");
  }

  @Override
  public final void updateShort(String columnLabel, short x) throws SQLException {
    throw readOnly("updateShort");
  }

  @Override
  public final void updateInt(int columnIndex, int x) throws SQLException {
    throw readOnly("updateInt");
  }

  @Override
  public final void updateInt(String columnLabel, int x) throws SQLException {
    throw readOnly("updateInt");
  }

  @Override
  public final void updateLong(int columnIndex, long x) throws SQLException {
    throw readOnly("updateLong");
  }

  @Override
  public final void updateLong(String columnLabel, long x) throws SQLException {
    throw readOnly("updateLong");
  }

  @Override
  public final void updateFloat(int columnIndex, float x) throws SQLException {
    throw readOnly("updateFloat");
  }

  @Override
  public final void updateFloat(String columnLabel, float x) throws SQLException {
    throw readOnly("updateFloat");
  }

  @Override
  public final void updateDouble(int columnIndex, double x) throws SQLException {
    throw readOnly("updateDouble");
  }

  @Override
  public final void updateDouble(String columnLabel, double x) throws SQLException {
    throw readOnly("updateDouble");
  }

  @Override
  public final void updateBigDecimal(int columnIndex, BigDecimal x) throws SQLException {
    throw readOnly("updateBigDecimal");
  }

  @Override
  public final void updateBigDecimal(String columnLabel, BigDecimal x) throws SQLException {
    throw readOnly("updateBigDecimal");
  }

  @Override
  public final void updateString(int columnIndex, String x) throws SQLException {
    throw readOnly("updateString");
  }

  @Override
  public final void updateString(String columnLabel, String x) throws SQLException {
    throw readOnly("updateString");
  }

  @Override
  public final void updateBytes(int columnIndex, byte[] x) throws SQLException {
    throw readOnly("updateBytes");
  }

  @Override
  public final void updateBytes(String columnLabel, byte[] x) throws SQLException {
    throw readOnly("updateBytes");
  }

  @Override
  public final void updateDate(int columnIndex, Date x) throws SQLException {
    throw readOnly("updateDate");
  }

  @Override
  public final void updateDate(String columnLabel, Date x) throws SQLException {
    throw readOnly("updateDate");
  }

  @Override
  public final void updateTime(int columnIndex, Time x) throws SQLException {
    throw readOnly("updateTime");
  }

  @Override
  public final void updateTime(String columnLabel, Time x) throws SQLException {
    throw readOnly("updateTime");
  }

  @Override
  public final void updateTimestamp(int columnIndex, Timestamp x) throws SQLException {
    throw readOnly("updateTimestamp");
  }

  @Override
  public final void updateTimestamp(String columnLabel, Timestamp x) throws SQLException {
    throw readOnly("updateTimestamp");
  }

  @Override
  public final void updateAsciiStream(int columnIndex, InputStream x, int length) throws SQLException {
    throw readOnly("updateAsciiStream");
  }

  @Override
  public final void updateAsciiStream(String columnLabel, InputStream x, int length) throws SQLException {
    throw readOnly("updateAsciiStream");
  }

  @Override
  public final void updateBinaryStream(int columnIndex, InputStream x, int length) throws SQLException {
    throw readOnly("updateBinaryStream");
  }

  @Override
  public final void updateBinaryStream(String columnLabel, InputStream x, int length) throws SQLException {
    throw readOnly("updateBinaryStream");
  }

  @Override
  public final void updateCharacterStream(int columnIndex, Reader x, int length) throws SQLException {
    throw readOnly("updateCharacterStream");
  }

  @Override
  public final void updateCharacterStream(String columnLabel, Reader x, int length) throws SQLException {
    throw readOnly("updateCharacterStream");
  }

  @Override
  public final void updateObject(int columnIndex, Object x, int scaleOrLength) throws SQLException {
    throw readOnly("updateObject");
  }

  @Override
  public final void updateObject(String columnLabel, Object x, int scaleOrLength) throws SQLException {
    throw readOnly("updateObject");
  }

  @Override
  public final void updateObject(int columnIndex, Object x) throws SQLException {
    throw readOnly("updateObject");
  }

  @Override
  public final void updateObject(String columnLabel, Object x) throws SQLException {
    throw readOnly("updateObject");
  }

  @Override
  public final void updateRef(int columnIndex, Ref x) throws SQLException {
    throw readOnly("updateRef");
  }

  @Override
  public final void updateRef(String columnLabel, Ref x) throws SQLException {
    throw readOnly("updateRef");
  }

  @Override
  public final void updateBlob(int columnIndex, Blob x) throws SQLException {
    throw readOnly("updateBlob");
  }

  @Override
  public final void updateBlob(String columnLabel, Blob x) throws SQLException {
    throw readOnly("updateBlob");
  }

  @Override
  public final void updateClob(int columnIndex, Clob x) throws SQLException {
    throw readOnly("updateClob");
  }

  @Override
  public final void updateClob(String columnLabel, Clob x) throws SQLException {
    throw readOnly("updateClob");
  }

  @Override
  public final void updateArray(int columnIndex, Array x) throws SQLException {
    throw readOnly("updateArray");
  }

  @Override
  public final void updateArray(String columnLabel, Array x) throws SQLException {
    throw readOnly("updateArray");
  }

  @Override
  public final void updateRowId(int columnIndex, RowId x) throws SQLException {
    throw readOnly("updateRowId");
  }

  @Override
  public final void updateRowId(String columnLabel, RowId x) throws SQLException {
    throw readOnly("updateRowId");
  }

  @Override
  public final void updateNString(int columnIndex, String x) throws SQLException {
    throw readOnly("updateNString");
  }

  @Override
  public final void updateNString(String columnLabel, String x) throws SQLException {
    throw readOnly("updateNString");
  }

  @Override
  public final void updateNClob(int columnIndex, NClob x) throws SQLException {
    throw readOnly("updateNClob");
  }

  @Override
  public final void updateNClob(String columnLabel, NClob x) throws SQLException {
    throw readOnly("updateNClob");
  }

  @Override
  public final void updateSQLXML(int columnIndex, SQLXML x) throws SQLException {
    throw readOnly("updateSQLXML");
  }

  @Override
  public final void updateSQLXML(String columnLabel, SQLXML x) throws SQLException {
    throw readOnly("updateSQLXML");
  }

  @Override
  public final void updateNCharacterStream(int columnIndex, Reader x, long length) throws SQLException {
    throw readOnly("updateNCharacterStream");
  }

  @Override
  public final void updateNCharacterStream(String columnLabel, Reader x, long length) throws SQLException {
    throw readOnly("updateNCharacterStream");
  }

  @Override
  public final void updateAsciiStream(int columnIndex, InputStream x, long length) throws SQLException {
    throw readOnly("updateAsciiStream");
  }

  @Override
  public final void updateAsciiStream(String columnLabel, InputStream x, long length) throws SQLException {
    throw readOnly("updateAsciiStream");
  }

  @Override
  public final void updateBinaryStream(int columnIndex, InputStream x, long length) throws SQLException {
    throw readOnly("updateBinaryStream");
  }

  @Override
  public final void updateBinaryStream(String columnLabel, InputStream x, long length) throws SQLException {
    throw readOnly("updateBinaryStream");
  }

  @Override
  public final void updateCharacterStream(int columnIndex, Reader x, long length) throws SQLException {
    throw readOnly("updateCharacterStream");
  }

  @Override
  public final void updateCharacterStream(String columnLabel, Reader x, long length) throws SQLException {
    throw readOnly("updateCharacterStream");
  }

  @Override
  public final void updateBlob(int columnIndex, InputStream x, long length) throws SQLException {
    throw readOnly("updateBlob");
  }

  @Override
  public final void updateBlob(String columnLabel, InputStream x, long length) throws SQLException {
    throw readOnly("updateBlob");
  }

  @Override
  public final void updateClob(int columnIndex, Reader x, long length) throws SQLException {
    throw readOnly("updateClob");
  }

  @Override
  public final void updateClob(String columnLabel, Reader x, long length) throws SQLException {
    throw readOnly("updateClob");
  }

  @Override
  public final void updateNClob(int columnIndex, Reader x, long length) throws SQLException {
    throw readOnly("updateNClob");
  }

  @Override
  public final void updateNClob(String columnLabel, Reader x, long length) throws SQLException {
    throw readOnly("updateNClob");
  }

  @Override
  public final void updateNCharacterStream(int columnIndex, Reader x) throws SQLException {
    throw readOnly("updateNCharacterStream");
  }

  @Override
  public final void updateNCharacterStream(String columnLabel, Reader x) throws SQLException {
    throw readOnly("updateNCharacterStream");
  }

  @Override
  public final void updateAsciiStream(int columnIndex, InputStream x) throws SQLException {
    throw readOnly("updateAsciiStream");
  }

  @Override
  public final void updateAsciiStream(String columnLabel, InputStream x) throws SQLException {
    throw readOnly("updateAsciiStream");
  }

  @Override
  public final void updateBinaryStream(int columnIndex, InputStream x) throws SQLException {
    throw readOnly("updateBinaryStream");
  }

  @Override
  public final void updateBinaryStream(String columnLabel, InputStream x) throws SQLException {
    throw readOnly("updateBinaryStream");
  }

  @Override
  public final void updateCharacterStream(int columnIndex, Reader x) throws SQLException {
    throw readOnly("updateCharacterStream");
  }

  @Override
  public final void updateCharacterStream(String columnLabel, Reader x) throws SQLException {
    throw readOnly("updateCharacterStream");
  }

  @Override
  public final void updateBlob(int columnIndex, InputStream x) throws SQLException {
    throw readOnly("updateBlob");
  }

  @Override
  public final void updateBlob(String columnLabel, InputStream x) throws SQLException {
    throw readOnly("updateBlob");
  }

  @Override
  public final void updateClob(int columnIndex, Reader x) throws SQLException {
    throw readOnly("updateClob");
  }

  @Override
  public final void updateClob(String columnLabel, Reader x) throws SQLException {
    throw readOnly("updateClob");
  }

  @Override
  public final void updateNClob(int columnIndex, Reader x) throws SQLException {
    throw readOnly("updateNClob");
  }

  @Override
  public final void updateNClob(String columnLabel, Reader x) throws SQLException {
    throw readOnly("updateNClob");
  }

  @Override
  public final void insertRow() throws SQLException {
    throw readOnly("insertRow");
  }

  @Override
  public final void updateRow() throws SQLException {
    throw readOnly("updateRow");
  }

  @Override
  public final void deleteRow() throws SQLException {
    throw readOnly("deleteRow");
  }

  @Override
  public final void refreshRow() throws SQLException {
    throw readOnly("refreshRow");
  }

  @Override
  public final void cancelRowUpdates() throws SQLException {
    throw readOnly("cancelRowUpdates");
  }

  @Override
  public final void moveToInsertRow() throws SQLException {
    throw readOnly("moveToInsertRow");
  }

  @Override
  public final void moveToCurrentRow() throws SQLException {
    throw readOnly("moveToCurrentRow");
  }

  /** Rows of a read-only result set never change. */
  @Override
  public final boolean rowUpdated() {
    return false;
  }

  /** Rows of a read-only result set never change. */
  @Override
  public final boolean rowInserted() {
    return false;
  }

  /** Rows of a read-only result set never change. */
  @Override
  public final boolean rowDeleted() {
    return false;
  }

  @Override
  public final void beforeFirst() throws SQLException {
    throw forwardOnly("beforeFirst");
  }

  @Override
  public final void afterLast() throws SQLException {
    throw forwardOnly("afterLast");
  }

  @Override
  public final boolean first() throws SQLException {
    throw forwardOnly("first");
  }

  @Override
  public final boolean last() throws SQLException {
    throw forwardOnly("last");
  }

  @Override
  public final boolean absolute(int row) throws SQLException {
    throw forwardOnly("absolute");
  }

  @Override
  public final boolean relative(int rows) throws SQLException {
    throw forwardOnly("relative");
  }

  @Override
  public final boolean previous() throws SQLException {
    throw forwardOnly("previous");
  }

  @Override
  public final Ref getRef(int columnIndex) throws SQLException {
    throw Unsupported.feature("ResultSet.getRef", "Orrery has no such SQL type");
  }

  @Override
  public final Ref getRef(String columnLabel) throws SQLException {
    throw Unsupported.feature("ResultSet.getRef", "Orrery has no such SQL type");
  }

  @Override
  public final Blob getBlob(int columnIndex) throws SQLException {
    throw Unsupported.feature("ResultSet.getBlob", "Orrery has no such SQL type");
  }

  @Override
  public final Blob getBlob(String columnLabel) throws SQLException {
    throw Unsupported.feature("ResultSet.getBlob", "Orrery has no such SQL type");
  }

  @Override
  public final Clob getClob(int columnIndex) throws SQLException {
    throw Unsupported.feature("ResultSet.getClob", "Orrery has no such SQL type");
  }

  @Override
  public final Clob getClob(String columnLabel) throws SQLException {
    throw Unsupported.feature("ResultSet.getClob", "Orrery has no such SQL type");
  }

  @Override
  public final Array getArray(int columnIndex) throws SQLException {
    throw Unsupported.feature("ResultSet.getArray", "Orrery has no such SQL type");
  }

  @Override
  public final Array getArray(String columnLabel) throws SQLException {
    throw Unsupported.feature("ResultSet.getArray", "Orrery has no such SQL type");
  }

  @Override
  public final java.net.URL getURL(int columnIndex) throws SQLException {
    throw Unsupported.feature("ResultSet.getURL", "Orrery has no such SQL type");
  }

  @Override
  public final java.net.URL getURL(String columnLabel) throws SQLException {
    throw Unsupported.feature("ResultSet.getURL", "Orrery has no such SQL type");
  }

  @Override
  public final RowId getRowId(int columnIndex) throws SQLException {
    throw Unsupported.feature("ResultSet.getRowId", "Orrery has no such SQL type");
  }

  @Override
  public final RowId getRowId(String columnLabel) throws SQLException {
    throw Unsupported.feature("ResultSet.getRowId", "Orrery has no such SQL type");
  }

  @Override
  public final NClob getNClob(int columnIndex) throws SQLException {
    throw Unsupported.feature("ResultSet.getNClob", "Orrery has no such SQL type");
  }

  @Override
  public final NClob getNClob(String columnLabel) throws SQLException {
    throw Unsupported.feature("ResultSet.getNClob", "Orrery has no such SQL type");
  }

  @Override
  public final SQLXML getSQLXML(int columnIndex) throws SQLException {
    throw Unsupported.feature("ResultSet.getSQLXML", "Orrery has no such SQL type");
  }

  @Override
  public final SQLXML getSQLXML(String columnLabel) throws SQLException {
    throw Unsupported.feature("ResultSet.getSQLXML", "Orrery has no such SQL type");
  }

  @Override
  public final String getString(String columnLabel) throws SQLException {
    return getString(findColumn(columnLabel));
  }

  @Override
  public final boolean getBoolean(String columnLabel) throws SQLException {
    return getBoolean(findColumn(columnLabel));
  }

  @Override
  public final byte getByte(String columnLabel) throws SQLException {
    return getByte(findColumn(columnLabel));
  }

  @Override
  public final short getShort(String columnLabel) throws SQLException {
    return getShort(findColumn(columnLabel));
  }

  @Override
  public final int getInt(String columnLabel) throws SQLException {
    return getInt(findColumn(columnLabel));
  }

  @Override
  public final long getLong(String columnLabel) throws SQLException {
    return getLong(findColumn(columnLabel));
  }

  @Override
  public final float getFloat(String columnLabel) throws SQLException {
    return getFloat(findColumn(columnLabel));
  }

  @Override
  public final double getDouble(String columnLabel) throws SQLException {
    return getDouble(findColumn(columnLabel));
  }

  @Override
  public final byte[] getBytes(String columnLabel) throws SQLException {
    return getBytes(findColumn(columnLabel));
  }

  @Override
  public final Date getDate(String columnLabel) throws SQLException {
    return getDate(findColumn(columnLabel));
  }

  @Override
  public final Time getTime(String columnLabel) throws SQLException {
    return getTime(findColumn(columnLabel));
  }

  @Override
  public final Timestamp getTimestamp(String columnLabel) throws SQLException {
    return getTimestamp(findColumn(columnLabel));
  }

  @Override
  public final InputStream getAsciiStream(String columnLabel) throws SQLException {
    return getAsciiStream(findColumn(columnLabel));
  }

  @Override
  public final InputStream getBinaryStream(String columnLabel) throws SQLException {
    return getBinaryStream(findColumn(columnLabel));
  }

  @Override
  public final Object getObject(String columnLabel) throws SQLException {
    return getObject(findColumn(columnLabel));
  }

  @Override
  public final Reader getCharacterStream(String columnLabel) throws SQLException {
    return getCharacterStream(findColumn(columnLabel));
  }

  @Override
  public final BigDecimal getBigDecimal(String columnLabel) throws SQLException {
    return getBigDecimal(findColumn(columnLabel));
  }

  @Override
  public final String getNString(String columnLabel) throws SQLException {
    return getNString(findColumn(columnLabel));
  }

  @Override
  public final Reader getNCharacterStream(String columnLabel) throws SQLException {
    return getNCharacterStream(findColumn(columnLabel));
  }

  @Override
  public final Date getDate(String columnLabel, Calendar cal) throws SQLException {
    return getDate(findColumn(columnLabel), cal);
  }

  @Override
  public final Time getTime(String columnLabel, Calendar cal) throws SQLException {
    return getTime(findColumn(columnLabel), cal);
  }

  @Override
  public final Timestamp getTimestamp(String columnLabel, Calendar cal) throws SQLException {
    return getTimestamp(findColumn(columnLabel), cal);
  }

  @Override
  public final Object getObject(String columnLabel, Map<String, Class<?>> map) throws SQLException {
    return getObject(findColumn(columnLabel), map);
  }

  @Override
  @SuppressWarnings("deprecation")
  public final BigDecimal getBigDecimal(String columnLabel, int scale) throws SQLException {
    return getBigDecimal(findColumn(columnLabel), scale);
  }

  @Override
  public final <T> T getObject(String columnLabel, Class<T> type) throws SQLException {
    return getObject(findColumn(columnLabel), type);
  }

  @Override
  @SuppressWarnings("deprecation")
  public final InputStream getUnicodeStream(String columnLabel) throws SQLException {
    return getUnicodeStream(findColumn(columnLabel));
  }
}
