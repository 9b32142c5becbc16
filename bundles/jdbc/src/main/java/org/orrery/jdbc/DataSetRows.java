package org.orrery.jdbc;

import java.sql.SQLException;
import java.util.List;
import org.orrery.client.ClientException;
import org.orrery.client.RowRecord;
import org.orrery.client.SessionDataSet;
import org.orrery.common.type.DataType;

/** Rows of a query, fetched page by page by the client's {@link SessionDataSet}. */
final class DataSetRows implements RowSource {
  private final SessionDataSet dataSet;
  private RowRecord current;

  DataSetRows(SessionDataSet dataSet) {
    this.dataSet = dataSet;
  }

  @Override
  public boolean hasTimeColumn() {
    return dataSet.hasTimeColumn();
  }

  @Override
  public List<String> columnNames() {
    return dataSet.columnNames();
  }

  @Override
  public List<DataType> columnTypes() {
    return dataSet.columnTypes();
  }

  @Override
  public boolean next() throws SQLException {
    try {
      if (!dataSet.hasNext()) {
        current = null;
        return false;
      }
      current = dataSet.next();
      return true;
    } catch (ClientException e) {
      throw SqlErrors.of(e);
    }
  }

  @Override
  public boolean hasNext() throws SQLException {
    try {
      return dataSet.hasNext();
    } catch (ClientException e) {
      throw SqlErrors.of(e);
    }
  }

  @Override
  public long time() {
    return current.time();
  }

  @Override
  public Object value(int column) {
    return current.isNull(column) ? null : current.value(column);
  }

  @Override
  public void cancel() throws SQLException {
    try {
      dataSet.cancel();
    } catch (ClientException e) {
      throw SqlErrors.of(e);
    }
  }

  @Override
  public void close() {
    try {
      dataSet.close();
    } catch (ClientException e) {
      // closing a query whose connection broke: nothing left to release
    }
  }
}
