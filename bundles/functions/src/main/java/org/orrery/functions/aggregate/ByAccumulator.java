package org.orrery.functions.aggregate;

import java.util.Arrays;
import org.orrery.common.block.Column;
import org.orrery.common.type.DataType;
import org.orrery.engine.function.Accumulator;
import org.orrery.functions.support.ValueDomain;

/**
 * {@code max_by(x, y)} / {@code min_by(x, y)}: x at the row where y is largest (smallest); among
 * rows where y ties, the earliest. Rows where y is null are skipped; x may be null there, and the
 * result is then null. Floating y compares as {@link Double#compare} (NaN above everything) so
 * that the result does not depend on arrival order.
 */
final class ByAccumulator implements Accumulator {
  private final boolean largest;
  private final ValueDomain domain;
  private boolean seen;
  private long time;
  private long whole;
  private double floating;
  private byte[] bytes;
  private Object x;

  ByAccumulator(DataType yType, boolean largest) {
    this.largest = largest;
    this.domain = ValueDomain.of(yType);
  }

  @Override
  public void add(long[] times, Column[] arguments, int from, int to) {
    Column xs = arguments[0];
    Column ys = arguments[1];
    for (int i = from; i < to; i++) {
      if (ys.isNull(i)) {
        continue;
      }
      int order;
      switch (domain) {
        case WHOLE:
          long w = ValueDomain.longAt(ys, i);
          order = seen ? Long.compare(w, whole) : 1;
          if (improves(order, times[i])) {
            whole = w;
            take(times[i], xs.get(i));
          }
          break;
        case FLOATING:
          double f = ValueDomain.doubleAt(ys, i);
          order = seen ? Double.compare(f, floating) : 1;
          if (improves(order, times[i])) {
            floating = f;
            take(times[i], xs.get(i));
          }
          break;
        default:
          byte[] b = ys.binaries()[i];
          order = seen ? Arrays.compareUnsigned(b, bytes) : 1;
          if (improves(order, times[i])) {
            bytes = b;
            take(times[i], xs.get(i));
          }
          break;
      }
    }
  }

  /** Whether a candidate {@code order} relative to the best (and at {@code candidateTime}) wins. */
  private boolean improves(int order, long candidateTime) {
    if (!seen) {
      return true;
    }
    int directed = largest ? order : -order;
    return directed > 0 || (directed == 0 && candidateTime < time);
  }

  private void take(long candidateTime, Object candidateX) {
    seen = true;
    time = candidateTime;
    x = candidateX;
  }


  @Override
  public void merge(Accumulator other) {
    ByAccumulator that = (ByAccumulator) other;
    if (!that.seen) {
      return;
    }
    int order;
    switch (domain) {
      case WHOLE:
        order = seen ? Long.compare(that.whole, whole) : 1;
        break;
      case FLOATING:
        order = seen ? Double.compare(that.floating, floating) : 1;
        break;
      default:
        order = seen ? Arrays.compareUnsigned(that.bytes, bytes) : 1;
        break;
    }
    if (improves(order, that.time)) {
      whole = that.whole;
      floating = that.floating;
      bytes = that.bytes;
      take(that.time, that.x);
    }
  }

  @Override
  public Object result() {
    return seen ? x : null;
  }

  @Override
  public void reset() {
    seen = false;
    x = null;
    bytes = null;
  }
}
