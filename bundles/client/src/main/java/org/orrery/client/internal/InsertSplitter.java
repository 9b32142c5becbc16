package org.orrery.client.internal;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.orrery.common.block.Block;
import org.orrery.common.block.Column;
import org.orrery.protocol.FrameCodec;
import org.orrery.protocol.message.WireTablet;

/**
 * Cuts tablets into INSERT_TABLETS requests that each fit the server's max frame size: small
 * tablets share a request, a tablet larger than the limit is split into row ranges (halving until
 * each part fits). A single row that alone exceeds the limit stays as it is; encoding it then
 * fails with FRAME_TOO_LARGE naming its size.
 */
public final class InsertSplitter {
  private InsertSplitter() {}

  /** The requests to send, in order; the rows of every device keep their order. */
  public static List<List<WireTablet>> split(List<WireTablet> tablets, int maxPayload) {
    List<List<WireTablet>> requests = new ArrayList<>();
    List<WireTablet> current = new ArrayList<>();
    long currentBytes = 0;
    for (WireTablet tablet : tablets) {
      for (WireTablet part : fitting(tablet, maxPayload)) {
        // the request header (tablet count) is already counted in each part's size
        long bytes = FrameCodec.insertPayloadSize(part);
        if (!current.isEmpty() && currentBytes + bytes > maxPayload) {
          requests.add(current);
          current = new ArrayList<>();
          currentBytes = 0;
        }
        current.add(part);
        currentBytes += bytes;
      }
    }
    if (!current.isEmpty()) {
      requests.add(current);
    }
    return requests;
  }

  private static List<WireTablet> fitting(WireTablet tablet, int maxPayload) {
    int rows = tablet.block().rowCount();
    if (rows <= 1 || FrameCodec.insertPayloadSize(tablet) <= maxPayload) {
      return List.of(tablet);
    }
    int middle = rows / 2;
    List<WireTablet> parts = new ArrayList<>(fitting(slice(tablet, 0, middle), maxPayload));
    parts.addAll(fitting(slice(tablet, middle, rows), maxPayload));
    return parts;
  }

  /** Rows {@code [from, to)} of a tablet, copied. */
  static WireTablet slice(WireTablet tablet, int from, int to) {
    Block block = tablet.block();
    int rows = to - from;
    List<Column> columns = new ArrayList<>(block.columnCount());
    for (Column column : block.columns()) {
      Object values = Column.newArray(column.type(), rows);
      System.arraycopy(column.values(), from, values, 0, rows);
      boolean[] nulls = column.nulls() == null ? null : Arrays.copyOfRange(column.nulls(), from, to);
      columns.add(new Column(column.type(), values, nulls, rows));
    }
    long[] times = Arrays.copyOfRange(block.times(), from, to);
    return new WireTablet(tablet.device(), tablet.aligned(), tablet.measurements(), new Block(times, columns, rows));
  }
}
