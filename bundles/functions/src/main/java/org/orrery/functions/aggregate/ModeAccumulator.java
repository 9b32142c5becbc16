package org.orrery.functions.aggregate;

import java.nio.ByteBuffer;
import java.util.HashMap;
import java.util.Map;
import org.orrery.common.block.Column;
import org.orrery.engine.function.Accumulator;

/**
 * The most frequent value; among equally frequent values, the one that appeared first (IoTDB:
 * "if there are many modes, return the mode with earliest time"). Keeps a count and the first time
 * per distinct value, so memory grows with the number of distinct values.
 */
final class ModeAccumulator implements Accumulator {
  /** How often a value occurred and when it first did. */
  private static final class Tally {
    long count;
    long firstTime;

    Tally(long firstTime) {
      this.firstTime = firstTime;
    }
  }

  private final Map<Object, Tally> tallies = new HashMap<>();

  @Override
  public void add(long[] times, Column[] arguments, int from, int to) {
    Column values = arguments[0];
    for (int i = from; i < to; i++) {
      if (!values.isNull(i)) {
        count(key(values.get(i)), times[i], 1);
      }
    }
  }

  /** Byte arrays compare by identity; a wrapping buffer compares by content. */
  private static Object key(Object value) {
    return value instanceof byte[] bytes ? ByteBuffer.wrap(bytes) : value;
  }

  private void count(Object key, long time, long occurrences) {
    Tally tally = tallies.computeIfAbsent(key, k -> new Tally(time));
    tally.count += occurrences;
    tally.firstTime = Math.min(tally.firstTime, time);
  }


  @Override
  public void merge(Accumulator other) {
    for (Map.Entry<Object, Tally> entry : ((ModeAccumulator) other).tallies.entrySet()) {
      count(entry.getKey(), entry.getValue().firstTime, entry.getValue().count);
    }
  }

  @Override
  public Object result() {
    Object best = null;
    Tally bestTally = null;
    for (Map.Entry<Object, Tally> entry : tallies.entrySet()) {
      Tally tally = entry.getValue();
      if (bestTally == null
          || tally.count > bestTally.count
          || (tally.count == bestTally.count && tally.firstTime < bestTally.firstTime)) {
        best = entry.getKey();
        bestTally = tally;
      }
    }
    return best instanceof ByteBuffer buffer ? buffer.array() : best;
  }

  @Override
  public void reset() {
    tallies.clear();
  }
}
