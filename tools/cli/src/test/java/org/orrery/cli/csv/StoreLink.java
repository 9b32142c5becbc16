package org.orrery.cli.csv;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import org.orrery.cli.FakeRows;
import org.orrery.cli.server.DeviceBatch;
import org.orrery.cli.server.ServerLink;
import org.orrery.cli.server.StatementOutcome;
import org.orrery.common.type.DataType;

/**
 * A server stand-in that keeps inserted values per series and answers every query with all
 * series as one wide, time-aligned result (series in order of first insert), the shape of
 * {@code select * from root.**}. Text comes back as UTF-8 bytes, as the real client boxes it.
 */
final class StoreLink implements ServerLink {
  final List<DeviceBatch> batches = new ArrayList<>();
  private final Map<String, TreeMap<Long, Object>> series = new LinkedHashMap<>();
  private final Map<String, DataType> types = new LinkedHashMap<>();

  @Override
  public StatementOutcome execute(String sql) {
    TreeSet<Long> times = new TreeSet<>();
    series.values().forEach(values -> times.addAll(values.keySet()));
    List<String> names = new ArrayList<>(series.keySet());
    FakeRows rows = new FakeRows(true, names, new ArrayList<>(types.values()));
    for (long time : times) {
      Object[] row = new Object[names.size()];
      for (int c = 0; c < row.length; c++) {
        Object value = series.get(names.get(c)).get(time);
        row[c] = value instanceof String ? ((String) value).getBytes(StandardCharsets.UTF_8) : value;
      }
      rows.row(time, row);
    }
    return StatementOutcome.ofRows(rows);
  }

  @Override
  public void insert(DeviceBatch batch) {
    batches.add(batch);
    for (int c = 0; c < batch.measurements().size(); c++) {
      String path = batch.device() + "." + batch.measurements().get(c);
      DataType previous = types.putIfAbsent(path, batch.types().get(c));
      if (previous != null && previous != batch.types().get(c)) {
        throw new AssertionError(path + " changed type from " + previous + " to " + batch.types().get(c));
      }
      TreeMap<Long, Object> values = series.computeIfAbsent(path, p -> new TreeMap<>());
      for (int r = 0; r < batch.rowCount(); r++) {
        if (batch.values()[c][r] != null) {
          values.put(batch.times()[r], batch.values()[c][r]);
        }
      }
    }
  }

  @Override
  public void close() {}
}
