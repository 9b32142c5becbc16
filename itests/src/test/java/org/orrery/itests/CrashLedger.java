package org.orrery.itests;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;

/**
 * What the crash test's writer has sent, per device: points the server acknowledged (they must
 * survive every crash, exactly once) and points of the batch that was in flight when the server
 * died (they may or may not be there).
 *
 * <p>Every time is used once per device, so a point present twice can only be an engine fault.
 * Times come from two cursors: in-order batches at {@code 10 k} and delayed batches at
 * {@code 10 j + 5}, with {@code j} trailing {@code k}, so the engine sees out-of-order data too.
 * Values are functions of device and time, so a row read back can be checked on its own.
 */
final class CrashLedger {
  /** Time step inside a batch; in-order points sit on multiples, delayed ones at +5. */
  static final long STEP = 10;
  private static final long DELAYED_OFFSET = 5;

  private final int deviceCount;
  private final long[] nextInOrder;
  private final long[] nextDelayed;
  private final LongList[] acknowledged;
  private final List<List<Batch>> inDoubt = new ArrayList<>();

  CrashLedger(int deviceCount) {
    this.deviceCount = deviceCount;
    this.nextInOrder = new long[deviceCount];
    this.nextDelayed = new long[deviceCount];
    this.acknowledged = new LongList[deviceCount];
    for (int d = 0; d < deviceCount; d++) {
      acknowledged[d] = new LongList();
      inDoubt.add(new ArrayList<>());
    }
  }

  static String device(int d) {
    return "root.crash.d" + d;
  }

  static double doubleValue(int device, long time) {
    return time / 4.0 + device; // exact in a double for every time the test uses
  }

  static long longValue(int device, long time) {
    return time * 7 + device;
  }

  int deviceCount() {
    return deviceCount;
  }

  /** The points of one insert: {@code rows} times from {@code first} in steps of {@link #STEP}. */
  record Batch(int device, long first, int rows) {
    long time(int row) {
      return first + row * STEP;
    }

    long last() {
      return time(rows - 1);
    }
  }

  /**
   * Takes fresh times for the next batch; about one batch in five is delayed (older than data
   * already written) when the device has enough in-order data to trail.
   */
  synchronized Batch nextBatch(Random random) {
    int d = random.nextInt(deviceCount);
    int rows = 20 + random.nextInt(180);
    boolean delayed = random.nextInt(5) == 0 && nextDelayed[d] + 2L * rows <= nextInOrder[d];
    Batch batch;
    if (delayed) {
      batch = new Batch(d, nextDelayed[d] * STEP + DELAYED_OFFSET, rows);
      nextDelayed[d] += rows;
    } else {
      batch = new Batch(d, nextInOrder[d] * STEP, rows);
      nextInOrder[d] += rows;
    }
    inDoubt.get(d).add(batch); // until the server acknowledges it
    return batch;
  }

  /** The server acknowledged the batch: every point of it must be there from now on. */
  synchronized void acknowledged(Batch batch) {
    if (!inDoubt.get(batch.device()).remove(batch)) {
      throw new IllegalStateException("batch acknowledged twice: " + batch);
    }
    for (int r = 0; r < batch.rows(); r++) {
      acknowledged[batch.device()].add(batch.time(r));
    }
  }

  synchronized long acknowledgedPoints() {
    long n = 0;
    for (LongList times : acknowledged) {
      n += times.size();
    }
    return n;
  }

  /** The acknowledged times of a device, ascending. */
  synchronized long[] acknowledgedTimes(int device) {
    long[] times = acknowledged[device].toArray();
    Arrays.sort(times);
    return times;
  }

  /** The batch in doubt that holds {@code time}, if any. */
  synchronized Batch inDoubtBatchOf(int device, long time) {
    for (Batch b : inDoubt.get(device)) {
      if (time >= b.first() && time <= b.last() && (time - b.first()) % STEP == 0) {
        return b;
      }
    }
    return null;
  }

  synchronized List<Batch> inDoubt(int device) {
    return List.copyOf(inDoubt.get(device));
  }

  /**
   * After a check: points of in-doubt batches that were found became durable and are held to
   * the same rule as acknowledged ones from now on; the missing ones must never show up.
   */
  synchronized void settleInDoubt(int device, long[] presentInDoubt) {
    for (long t : presentInDoubt) {
      acknowledged[device].add(t);
    }
    inDoubt.get(device).clear();
  }

  /** A growable array of primitive longs (millions of times, no boxing). */
  static final class LongList {
    private long[] values = new long[1024];
    private int size;

    void add(long v) {
      if (size == values.length) {
        values = Arrays.copyOf(values, size * 2);
      }
      values[size++] = v;
    }

    int size() {
      return size;
    }

    long[] toArray() {
      return Arrays.copyOf(values, size);
    }
  }
}
