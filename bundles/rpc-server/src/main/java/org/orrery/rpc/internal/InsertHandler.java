package org.orrery.rpc.internal;

import java.util.ArrayList;
import java.util.List;
import org.orrery.common.block.Column;
import org.orrery.common.error.OrreryException;
import org.orrery.common.path.PartialPath;
import org.orrery.common.type.DataType;
import org.orrery.engine.query.InsertOutcome;
import org.orrery.engine.query.InsertTablet;
import org.orrery.protocol.message.ErrorResponse;
import org.orrery.protocol.message.InsertRecordsRequest;
import org.orrery.protocol.message.InsertTabletsRequest;
import org.orrery.protocol.message.OkResponse;
import org.orrery.protocol.message.WireRecord;
import org.orrery.protocol.message.WireTablet;

/**
 * Hands inserts to the QueryEngine. Records are grouped into tablets: consecutive records of one
 * device with the same measurements and types become the rows of one tablet. When the engine
 * rejects columns the answer is an ERROR carrying the first rejection's code and every message
 * (the other columns were written).
 */
final class InsertHandler {
  /** Rejections listed in one error message; the rest are counted. */
  private static final int LISTED_REJECTIONS = 10;

  private final ServerContext server;

  InsertHandler(ServerContext server) {
    this.server = server;
  }

  /**
   * Writes the tablets of consecutive INSERT_TABLETS requests with ONE engine call (so one WAL
   * commit acknowledges them all) and answers each request. The engine reports rejected columns
   * for the call as a whole, not per request, so when a merged write rejects columns every
   * request of it is answered with that ERROR (its message says how many requests were written
   * together); the accepted columns of every request are written either way.
   */
  List<Reply> insertTablets(ClientSession session, List<InsertTabletsRequest> requests) {
    List<InsertTablet> tablets = new ArrayList<>();
    for (InsertTabletsRequest request : requests) {
      for (WireTablet tablet : request.tablets()) {
        tablets.add(new InsertTablet(
            PartialPath.parse(tablet.device()), tablet.aligned(), tablet.measurements(), tablet.block().times(),
            tablet.block().columns(), tablet.block().rowCount()));
      }
    }
    Reply reply = insert(session, tablets, requests.size());
    List<Reply> replies = new ArrayList<>(requests.size());
    for (int i = 0; i < requests.size(); i++) {
      replies.add(reply);
    }
    return replies;
  }

  Reply insertRecords(ClientSession session, InsertRecordsRequest request) {
    return insert(session, group(request.records()), 1);
  }

  private Reply insert(ClientSession session, List<InsertTablet> tablets, int requests) {
    InsertOutcome outcome = server.engine().insert(session.context(), tablets);
    if (outcome.complete()) {
      return Reply.of(new OkResponse("OK"));
    }
    List<OrreryException> rejected = outcome.rejectedColumns();
    StringBuilder message = new StringBuilder();
    if (requests > 1) {
      message.append("in ").append(requests).append(" pipelined insert requests written together, ");
    }
    message.append(rejected.size()).append(rejected.size() == 1 ? " column" : " columns")
        .append(" rejected, ").append(outcome.valuesWritten()).append(" values written: ");
    for (int i = 0; i < Math.min(LISTED_REJECTIONS, rejected.size()); i++) {
      message.append(i == 0 ? "" : "; ").append(rejected.get(i).getMessage());
    }
    if (rejected.size() > LISTED_REJECTIONS) {
      message.append("; and ").append(rejected.size() - LISTED_REJECTIONS).append(" more");
    }
    return Reply.of(new ErrorResponse(rejected.get(0).code(), message.toString()));
  }

  /** Tablets from runs of records that share device, measurements and types. */
  static List<InsertTablet> group(List<WireRecord> records) {
    List<InsertTablet> tablets = new ArrayList<>();
    int start = 0;
    while (start < records.size()) {
      WireRecord first = records.get(start);
      int end = start + 1;
      while (end < records.size() && sameShape(first, records.get(end))) {
        end++;
      }
      tablets.add(toTablet(records.subList(start, end)));
      start = end;
    }
    return tablets;
  }

  private static boolean sameShape(WireRecord a, WireRecord b) {
    return a.device().equals(b.device()) && a.measurements().equals(b.measurements()) && a.types().equals(b.types());
  }

  private static InsertTablet toTablet(List<WireRecord> run) {
    WireRecord first = run.get(0);
    int rows = run.size();
    long[] times = new long[rows];
    List<Column> columns = new ArrayList<>(first.types().size());
    for (int c = 0; c < first.types().size(); c++) {
      DataType type = first.types().get(c);
      Object values = Column.newArray(type, rows);
      for (int r = 0; r < rows; r++) {
        store(values, type, r, run.get(r).values().get(c));
      }
      columns.add(new Column(type, values, null, rows));
    }
    for (int r = 0; r < rows; r++) {
      times[r] = run.get(r).time();
    }
    return new InsertTablet(PartialPath.parse(first.device()), false, first.measurements(), times, columns, rows);
  }

  /** Stores a record value, boxed as {@link WireRecord} documents, into a column array. */
  private static void store(Object array, DataType type, int row, Object value) {
    switch (type) {
      case BOOLEAN:
        ((boolean[]) array)[row] = (Boolean) value;
        break;
      case INT32:
      case DATE:
        ((int[]) array)[row] = (Integer) value;
        break;
      case INT64:
      case TIMESTAMP:
        ((long[]) array)[row] = (Long) value;
        break;
      case FLOAT:
        ((float[]) array)[row] = (Float) value;
        break;
      case DOUBLE:
        ((double[]) array)[row] = (Double) value;
        break;
      default:
        ((byte[][]) array)[row] = (byte[]) value;
    }
  }
}
