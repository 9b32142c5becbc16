package org.orrery.query.udtf;

import java.util.List;
import java.util.Objects;
import java.util.OptionalLong;
import org.orrery.common.block.Block;
import org.orrery.common.block.Column;
import org.orrery.common.type.DataType;
import org.orrery.query.block.Blocks;
import org.orrery.query.block.Values;
import org.orrery.query.context.QueryContext;
import org.orrery.udf.api.access.RowWindow;
import org.orrery.udf.api.customizer.strategy.AccessStrategy;
import org.orrery.udf.api.customizer.strategy.SessionTimeWindowAccessStrategy;
import org.orrery.udf.api.customizer.strategy.SlidingSizeWindowAccessStrategy;
import org.orrery.udf.api.customizer.strategy.SlidingTimeWindowAccessStrategy;
import org.orrery.udf.api.customizer.strategy.StateWindowAccessStrategy;

/**
 * A UDTF call fed its input block by block (times ascending, one column per argument): each
 * window of the access strategy is handed to the function as soon as the rows seen complete it,
 * and only the rows a window still to come may need are kept. The output points come back after
 * each block; {@link #finish()} closes the last windows and runs {@code terminate}.
 */
public final class UdtfStream {
  private final UdtfCall call;
  private final AccessStrategy strategy;
  private final QueryContext context;
  private final CheckedCollector collector;
  /** The rows kept: the input from global row {@link #base} on. */
  private Block pending;
  private long base;
  private long heldBytes;
  private boolean hasRows;
  private long lastTime;
  /** Rows already looked at by the session and state strategies, as a global row number. */
  private long scanned;
  /** Size windows: first row of the next window; session and state: first row of the open one. */
  private long windowRow;
  /** State windows: the row whose value the open window keeps, or -1. */
  private long stateRow = -1;
  /** Time windows: start of the next window, once known. */
  private long windowStart;
  private boolean started;
  private boolean timeWindowsDone;

  UdtfStream(UdtfCall call, AccessStrategy strategy, DataType outputType, List<DataType> inputTypes,
      QueryContext context) {
    this.call = call;
    this.strategy = strategy;
    this.context = context;
    this.collector = new CheckedCollector(call.name(), outputType);
    this.pending = Blocks.empty(inputTypes, true);
  }

  /** Adds the next input rows; returns the output points the windows they completed produced. */
  public Block feed(Block input) {
    Block rows = displayed(input);
    if (rows.rowCount() > 0) {
      pending = Blocks.concat(List.of(pending, rows), types(pending), true);
      hasRows = true;
      lastTime = rows.time(rows.rowCount() - 1);
      hold();
    }
    advance(false);
    return collector.take();
  }

  /** The input ended: the last windows, then {@code terminate}; returns the remaining output. */
  public Block finish() {
    advance(true);
    call.terminate(collector);
    release();
    pending = Blocks.empty(types(pending), true);
    return collector.take();
  }

  /** Releases the memory declared for the kept rows. */
  public void release() {
    if (heldBytes > 0) {
      context.release(heldBytes);
      heldBytes = 0;
    }
  }

  private void hold() {
    release();
    heldBytes = Blocks.estimateBytes(pending);
    context.reserve(heldBytes, "transform function " + call.name());
  }

  private void advance(boolean end) {
    switch (strategy.kind()) {
      case ROW_BY_ROW -> rowByRow();
      case SLIDING_SIZE_WINDOW -> sizeWindows((SlidingSizeWindowAccessStrategy) strategy, end);
      case SLIDING_TIME_WINDOW -> timeWindows((SlidingTimeWindowAccessStrategy) strategy, end);
      case SESSION_TIME_WINDOW -> sessions((SessionTimeWindowAccessStrategy) strategy, end);
      case STATE_WINDOW -> states((StateWindowAccessStrategy) strategy, end);
    }
  }

  private void rowByRow() {
    ColumnRow row = new ColumnRow(pending.times(), columns());
    for (int i = 0; i < pending.rowCount(); i++) {
      if ((i & 1023) == 0) {
        context.checkAlive();
      }
      call.transform(row.at(i), collector);
    }
    dropBefore(base + pending.rowCount());
  }

  private void sizeWindows(SlidingSizeWindowAccessStrategy s, boolean end) {
    long total = base + pending.rowCount();
    long[] times = pending.times();
    while (windowRow < total && (end || windowRow + s.getWindowSize() <= total)) {
      context.checkAlive();
      int from = (int) (windowRow - base);
      int to = (int) (Math.min(total, windowRow + s.getWindowSize()) - base);
      window(from, to, times[from], times[to - 1] + 1);
      windowRow += s.getSlidingStep();
    }
    dropBefore(Math.min(windowRow, total));
  }

  private void timeWindows(SlidingTimeWindowAccessStrategy s, boolean end) {
    if (!started) {
      if (s.getDisplayWindowBegin().isPresent()) {
        windowStart = s.getDisplayWindowBegin().getAsLong();
      } else if (hasRows) {
        windowStart = pending.time(0);
      } else {
        return;
      }
      started = true;
    }
    // Without a display end the windows end after the last row, known only at the end.
    long last = s.getDisplayWindowEnd().orElse(end ? (hasRows ? lastTime + 1 : 0) : Long.MAX_VALUE);
    long[] times = pending.times();
    int n = pending.rowCount();
    int cursor = 0;
    while (!timeWindowsDone && windowStart < last) {
      long stop = Math.min(last, saturatedAdd(windowStart, s.getTimeInterval()));
      if (!end && !(hasRows && lastTime >= stop)) {
        break;
      }
      context.checkAlive();
      while (cursor < n && times[cursor] < windowStart) {
        cursor++;
      }
      int to = cursor;
      while (to < n && times[to] < stop) {
        to++;
      }
      window(cursor, to, windowStart, stop);
      if (windowStart > Long.MAX_VALUE - s.getSlidingStep()) {
        timeWindowsDone = true;
      } else {
        windowStart += s.getSlidingStep();
      }
    }
    int keep = 0;
    while (keep < n && times[keep] < windowStart) {
      keep++;
    }
    dropBefore(base + keep);
  }

  private void sessions(SessionTimeWindowAccessStrategy s, boolean end) {
    long total = base + pending.rowCount();
    long[] times = pending.times();
    for (long i = Math.max(scanned, base + 1); i < total; i++) {
      int at = (int) (i - base);
      if (times[at] - times[at - 1] > s.getSessionTimeGap()) {
        context.checkAlive();
        int from = (int) (windowRow - base);
        window(from, at, times[from], times[at - 1] + 1);
        windowRow = i;
      }
    }
    scanned = total;
    if (end && windowRow < total) {
      int from = (int) (windowRow - base);
      int to = (int) (total - base);
      window(from, to, times[from], times[to - 1] + 1);
      windowRow = total;
    }
    dropBefore(windowRow);
  }

  private void states(StateWindowAccessStrategy s, boolean end) {
    long total = base + pending.rowCount();
    long[] times = pending.times();
    Column value = pending.column(0);
    for (long i = scanned; i < total; i++) {
      int at = (int) (i - base);
      if (value.isNull(at)) {
        continue;
      }
      if (stateRow < 0) {
        stateRow = i;
        continue;
      }
      int state = (int) (stateRow - base);
      boolean same = s.getDelta().isPresent()
          ? Math.abs(Values.asDouble(value, at) - Values.asDouble(value, state)) <= s.getDelta().getAsDouble()
          : Objects.deepEquals(value.get(at), value.get(state))
              || (value.type().isNumeric() && Values.asDouble(value, at) == Values.asDouble(value, state));
      if (!same) {
        context.checkAlive();
        int from = (int) (windowRow - base);
        window(from, at, times[from], times[at - 1] + 1);
        windowRow = i;
        stateRow = i;
      }
    }
    scanned = total;
    if (end && windowRow < total) {
      int from = (int) (windowRow - base);
      int to = (int) (total - base);
      window(from, to, times[from], times[to - 1] + 1);
      windowRow = total;
    }
    dropBefore(windowRow);
  }

  private void window(int from, int to, long start, long end) {
    RowWindow window = new ColumnRowWindow(pending.times(), columns(), from, to, start, end);
    call.transform(window, collector);
  }

  /** Forgets the rows before global row {@code row}: no window to come reads them. */
  private void dropBefore(long row) {
    int drop = (int) Math.min(pending.rowCount(), Math.max(0, row - base));
    if (drop > 0) {
      pending = Blocks.slice(pending, drop, pending.rowCount());
      base += drop;
      hold();
    }
  }

  /** Session and state windows only see the rows within the display window, if one is set. */
  private Block displayed(Block input) {
    OptionalLong begin = OptionalLong.empty();
    OptionalLong end = OptionalLong.empty();
    if (strategy instanceof SessionTimeWindowAccessStrategy session) {
      begin = session.getDisplayWindowBegin();
      end = session.getDisplayWindowEnd();
    } else if (strategy instanceof StateWindowAccessStrategy state) {
      begin = state.getDisplayWindowBegin();
      end = state.getDisplayWindowEnd();
    }
    if (begin.isEmpty() && end.isEmpty()) {
      return input;
    }
    int from = 0;
    while (begin.isPresent() && from < input.rowCount() && input.time(from) < begin.getAsLong()) {
      from++;
    }
    int to = from;
    while (to < input.rowCount() && (end.isEmpty() || input.time(to) < end.getAsLong())) {
      to++;
    }
    return Blocks.slice(input, from, to);
  }

  private Column[] columns() {
    return pending.columns().toArray(new Column[0]);
  }

  private static List<DataType> types(Block block) {
    return block.columns().stream().map(Column::type).toList();
  }

  private static long saturatedAdd(long a, long b) {
    long sum = a + b;
    return ((a ^ sum) & (b ^ sum)) < 0 ? Long.MAX_VALUE : sum;
  }
}
