package org.orrery.protocol.message;

import java.util.List;
import java.util.Objects;
import org.orrery.common.type.DataType;
import org.orrery.protocol.MessageType;

/**
 * A statement with rows: its columns and its first page, so small results need one round trip.
 *
 * @param queryId names the query in FETCH, CLOSE_QUERY and CANCEL (meaningless once
 *     {@code firstPage.last()})
 * @param hasTime whether blocks carry a time column
 * @param columnNames value columns (time excluded)
 */
public record ResultHeaderResponse(
    long queryId, boolean hasTime, List<String> columnNames, List<DataType> columnTypes, ResultPage firstPage)
    implements Message {

  public ResultHeaderResponse {
    columnNames = List.copyOf(columnNames);
    columnTypes = List.copyOf(columnTypes);
    Objects.requireNonNull(firstPage, "firstPage");
    if (columnNames.size() != columnTypes.size()) {
      throw new IllegalArgumentException(
          columnNames.size() + " column names but " + columnTypes.size() + " column types");
    }
  }

  @Override
  public MessageType type() {
    return MessageType.RESULT_HEADER;
  }
}
