package org.orrery.cli;

import java.util.ArrayList;
import java.util.List;
import org.orrery.cli.server.ResultRows;
import org.orrery.common.type.DataType;

/** In-memory rows for tests: a time per row (when timed) and boxed values. */
public final class FakeRows implements ResultRows {
  private final boolean timed;
  private final List<String> names;
  private final List<DataType> types;
  private final List<Long> times = new ArrayList<>();
  private final List<Object[]> values = new ArrayList<>();
  private int position = -1;
  public boolean cancelled;
  public boolean closed;

  public FakeRows(boolean timed, List<String> names, List<DataType> types) {
    this.timed = timed;
    this.names = List.copyOf(names);
    this.types = List.copyOf(types);
  }

  /** Adds a row; {@code time} is ignored for untimed rows. */
  public FakeRows row(long time, Object... rowValues) {
    times.add(time);
    values.add(rowValues);
    return this;
  }

  @Override
  public boolean hasTimeColumn() {
    return timed;
  }

  @Override
  public List<String> columnNames() {
    return names;
  }

  @Override
  public List<DataType> columnTypes() {
    return types;
  }

  @Override
  public boolean next() {
    if (cancelled || position + 1 >= values.size()) {
      return false;
    }
    position++;
    return true;
  }

  @Override
  public long time() {
    return times.get(position);
  }

  @Override
  public Object value(int column) {
    return values.get(position)[column];
  }

  @Override
  public void cancel() {
    cancelled = true;
  }

  @Override
  public void close() {
    closed = true;
  }
}
