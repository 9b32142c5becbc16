package org.orrery.functions.transform;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.PriorityQueue;
import org.orrery.udf.api.access.Row;
import org.orrery.udf.api.collector.PointCollector;
import org.orrery.udf.api.customizer.config.UDTFConfigurations;
import org.orrery.udf.api.customizer.parameter.UDFParameterValidator;
import org.orrery.udf.api.customizer.parameter.UDFParameters;
import org.orrery.udf.api.customizer.strategy.RowByRowAccessStrategy;
import org.orrery.udf.api.type.Type;

/**
 * {@code top_k} and {@code bottom_k}: keeps the {@code k} points with the largest (smallest)
 * values in a heap whose head is the weakest kept point, and outputs them in time order at the
 * end. Among equal values the earlier point is kept. Whole inputs compare as {@code long}, text
 * as Java strings.
 */
abstract class SelectorTransform extends BuiltinTransform {
  /** IoTDB's bound on {@code k}. */
  static final int MAX_K = 1000;

  /** A kept point; {@code rank} holds the value in a form that orders it. */
  private record Kept(long time, Comparable<Object> rank, Object value) {}

  private final boolean largest;
  private Type type;
  private int k;
  private PriorityQueue<Kept> kept;

  SelectorTransform(String name, boolean largest) {
    super(name);
    this.largest = largest;
  }

  @Override
  protected void check(UDFParameterValidator validator) {
    validator.validateInputSeriesNumber(1).validateInputSeriesDataType(
        0, Type.INT32, Type.INT64, Type.FLOAT, Type.DOUBLE, Type.TEXT, Type.STRING)
        .validateRequiredAttribute("k");
    int requested = validator.getParameters().getInt("k");
    if (requested <= 0 || requested > MAX_K) {
      throw invalid("attribute 'k' = " + requested + " must be in (0, " + MAX_K + "]");
    }
  }

  @Override
  protected void configure(UDFParameters parameters, UDTFConfigurations configurations) {
    type = parameters.getDataType(0);
    k = parameters.getInt("k");
    // The head is the point to evict first: the weakest value, and among equals the latest.
    Comparator<Kept> strength =
        (a, b) -> largest ? a.rank.compareTo(b.rank) : b.rank.compareTo(a.rank);
    kept = new PriorityQueue<>(
        strength.thenComparing(Comparator.comparingLong(Kept::time).reversed()));
    configurations.setAccessStrategy(new RowByRowAccessStrategy()).setOutputDataType(type);
  }

  @Override
  @SuppressWarnings("unchecked")
  public void transform(Row row, PointCollector collector) {
    if (row.isNull(0)) {
      return;
    }
    Object value;
    Object rank;
    switch (type) {
      case INT32:
        value = row.getInt(0);
        rank = (long) row.getInt(0);
        break;
      case INT64:
        value = row.getLong(0);
        rank = value;
        break;
      case FLOAT:
        value = row.getFloat(0);
        rank = (double) row.getFloat(0);
        break;
      case DOUBLE:
        value = row.getDouble(0);
        rank = value;
        break;
      default:
        value = row.getString(0);
        rank = value;
        break;
    }
    Kept candidate = new Kept(row.getTime(), (Comparable<Object>) rank, value);
    if (kept.size() < k) {
      kept.add(candidate);
      return;
    }
    int order = candidate.rank.compareTo(kept.peek().rank);
    // Input arrives in time order, so an equal value is later and loses to the kept one.
    if (largest ? order > 0 : order < 0) {
      kept.poll();
      kept.add(candidate);
    }
  }

  @Override
  public void terminate(PointCollector collector) {
    List<Kept> points = new ArrayList<>(kept);
    points.sort(Comparator.comparingLong(Kept::time));
    for (Kept point : points) {
      switch (type) {
        case INT32:
          collector.putInt(point.time, (Integer) point.value);
          break;
        case INT64:
          collector.putLong(point.time, (Long) point.value);
          break;
        case FLOAT:
          collector.putFloat(point.time, (Float) point.value);
          break;
        case DOUBLE:
          collector.putDouble(point.time, (Double) point.value);
          break;
        default:
          collector.putString(point.time, (String) point.value);
          break;
      }
    }
  }
}
