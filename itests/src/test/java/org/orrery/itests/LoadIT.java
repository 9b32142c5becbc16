package org.orrery.itests;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLongArray;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.Test;
import org.orrery.client.InsertPipeline;
import org.orrery.client.RowRecord;
import org.orrery.client.Session;
import org.orrery.client.SessionDataSet;
import org.orrery.client.Tablet;
import org.orrery.common.type.DataType;

/**
 * Load on loopback against the distribution: many concurrent clients (default 50) for a while
 * (default 60 s) of mixed tablet inserts (half of the clients pipelined), record inserts and
 * queries. Afterwards there must have been no error at all, and every series must hold exactly
 * the values whose inserts the server acknowledged. {@code -Dorrery.load.seconds=N} and {@code -Dorrery.load.clients=N} change the
 * duration and the number of clients.
 */
public class LoadIT {
  private static final int SECONDS = Integer.getInteger("orrery.load.seconds", 60);
  private static final int CLIENTS = Integer.getInteger("orrery.load.clients", 50);
  private static final int TABLET_ROWS = 200;
  /** Tablets an odd-numbered client sends through one InsertPipeline (also its window). */
  private static final int PIPELINED_TABLETS = 3;
  private static final int RECORDS_PER_CALL = 20;

  /** What one client had acknowledged, per series. */
  record Acknowledged(String device, long s0, long s1, long calls, long queries) {}

  @Test
  public void concurrentClientsLoseNothingAndSeeNoErrors() throws Exception {
    try (RpcDistribution server = RpcDistribution.fresh("load")) {
      server.start();
      try (Session admin = server.session().build()) {
        admin.open();
        admin.executeNonQuery("CREATE DATABASE root.load");
      }
      ConcurrentLinkedQueue<String> errors = new ConcurrentLinkedQueue<>();
      AtomicLong errorCount = new AtomicLong();
      long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(SECONDS);
      ExecutorService pool = Executors.newFixedThreadPool(CLIENTS);
      // per client: every time before this one is acknowledged (0 = nothing yet)
      AtomicLongArray acknowledgedUntil = new AtomicLongArray(CLIENTS);
      List<Future<Acknowledged>> clients = new ArrayList<>();
      for (int c = 0; c < CLIENTS; c++) {
        int client = c;
        clients.add(pool.submit(() -> runClient(server, client, deadline, acknowledgedUntil, errors, errorCount)));
      }
      List<Acknowledged> acknowledged = new ArrayList<>();
      for (Future<Acknowledged> client : clients) {
        acknowledged.add(client.get(SECONDS + 300L, TimeUnit.SECONDS));
      }
      pool.shutdown();
      assertEquals("errors (first ones): " + errors, 0, errorCount.get());

      long calls = 0;
      long queries = 0;
      Map<String, long[]> expected = new TreeMap<>();
      for (Acknowledged ack : acknowledged) {
        expected.put(ack.device(), new long[] {ack.s0(), ack.s1()});
        calls += ack.calls();
        queries += ack.queries();
      }
      assertTrue("the clients did work: " + calls + " insert calls, " + queries + " queries",
          calls >= CLIENTS && queries >= CLIENTS);
      long values = 0;
      for (long[] counts : expected.values()) {
        values += counts[0] + counts[1];
      }
      System.out.printf("LoadIT: %d clients for %d s: %d insert calls (%d values acknowledged), %d queries, 0 errors%n",
          CLIENTS, SECONDS, calls, values, queries);
      try (Session reader = server.session().build()) {
        reader.open();
        for (Map.Entry<String, long[]> series : expected.entrySet()) {
          long[] counts = counts(reader, series.getKey());
          assertEquals(series.getKey() + ".s0", series.getValue()[0], counts[0]);
          assertEquals(series.getKey() + ".s1", series.getValue()[1], counts[1]);
        }
      }
    }
  }

  /**
   * One client: a loop of tablet inserts, record inserts and queries until the deadline. Its
   * device is its own, with timestamps that only grow, so the server's counts must equal what was
   * acknowledged, during the run (read-your-writes) and after it. s1 is null in every third row.
   */
  private static Acknowledged runClient(RpcDistribution server, int client, long deadline,
      AtomicLongArray acknowledgedUntil, ConcurrentLinkedQueue<String> errors, AtomicLong errorCount) {
    String device = "root.load.c" + client;
    long s0 = 0;
    long s1 = 0;
    long calls = 0;
    long queries = 0;
    long time = 0;
    Tablet tablet = new Tablet(device, List.of("s0", "s1"), List.of(DataType.INT64, DataType.DOUBLE), TABLET_ROWS);
    try (Session session = server.session().build()) {
      session.open();
      for (long step = 0; System.nanoTime() < deadline; step++) {
        try {
          switch ((int) (step % 4)) {
            case 0 -> {
              // odd clients pipeline three tablets (the server may write them with one WAL
              // commit); they count as acknowledged once the pipeline is flushed without error
              int batches = client % 2 == 1 ? PIPELINED_TABLETS : 1;
              long before = time;
              try (InsertPipeline pipeline = session.insertPipeline(PIPELINED_TABLETS)) {
                for (int b = 0; b < batches; b++) {
                  tablet.reset();
                  for (int r = 0; r < TABLET_ROWS; r++, time++) {
                    tablet.setTime(r, time);
                    tablet.setLong(r, 0, time);
                    if (time % 3 != 0) {
                      tablet.setDouble(r, 1, time * 0.5);
                    }
                  }
                  pipeline.insertTablet(tablet);
                }
              }
              acknowledgedUntil.set(client, time);
              s0 += (long) batches * TABLET_ROWS;
              s1 += nonNullS1(before, time);
              calls += batches;
            }
            case 1 -> {
              List<String> devices = new ArrayList<>();
              List<Long> times = new ArrayList<>();
              List<List<String>> names = new ArrayList<>();
              List<List<DataType>> types = new ArrayList<>();
              List<List<Object>> values = new ArrayList<>();
              long before = time;
              for (int r = 0; r < RECORDS_PER_CALL; r++, time++) {
                devices.add(device);
                times.add(time);
                names.add(List.of("s0", "s1"));
                types.add(List.of(DataType.INT64, DataType.DOUBLE));
                values.add(java.util.Arrays.asList(time, time % 3 != 0 ? time * 0.5 : null));
              }
              session.insertRecords(devices, times, names, types, values);
              acknowledgedUntil.set(client, time);
              s0 += RECORDS_PER_CALL;
              s1 += nonNullS1(before, time);
              calls++;
            }
            case 2 -> {
              long[] counts = counts(session, device);
              queries++;
              if (counts[0] != s0 || counts[1] != s1) {
                throw new AssertionError(device + " counts " + counts[0] + "/" + counts[1]
                    + " while " + s0 + "/" + s1 + " were acknowledged");
              }
            }
            default -> {
              // someone else's acknowledged rows (the ones before its acknowledged time: rows
              // still being written may be partly visible across its two non-aligned series), the
              // latest up to 1000 of them, over several pages; every row is checked
              int otherClient = (int) ((client + step) % CLIENTS);
              long watermark = acknowledgedUntil.get(otherClient);
              if (watermark == 0) {
                otherClient = client;
                watermark = time;
              }
              String other = "root.load.c" + otherClient;
              long from = Math.max(0, watermark - 1000);
              long rows = 0;
              try (SessionDataSet data = session.executeQuery(
                  "select s0, s1 from " + other + " where time >= " + from + " and time < " + watermark)) {
                while (data.hasNext()) {
                  RowRecord row = data.next();
                  long expectedTime = from + rows++;
                  boolean s1Null = expectedTime % 3 == 0;
                  if (row.time() != expectedTime || row.isNull(0) || row.getLong(0) != expectedTime
                      || row.isNull(1) != s1Null || (!s1Null && row.getDouble(1) != expectedTime * 0.5)) {
                    throw new AssertionError(other + " row " + rows + " of [" + from + ", " + watermark + "): time "
                        + row.time() + ", s0 " + row.value(0) + ", s1 " + row.value(1));
                  }
                }
              }
              if (rows != watermark - from) {
                throw new AssertionError(other + " returned " + rows + " rows of [" + from + ", " + watermark + ")");
              }
              queries++;
            }
          }
        } catch (RuntimeException | AssertionError e) {
          if (errorCount.incrementAndGet() <= 20) {
            errors.add("client " + client + " step " + step + ": " + e);
          }
          if (!session.isOpen()) {
            break;
          }
        }
      }
    } catch (RuntimeException e) {
      errorCount.incrementAndGet();
      errors.add("client " + client + ": " + e);
    }
    return new Acknowledged(device, s0, s1, calls, queries);
  }

  /** Rows in [from, to) whose s1 has a value: those with time % 3 != 0. */
  private static long nonNullS1(long from, long to) {
    long rows = 0;
    for (long t = from; t < to; t++) {
      rows += t % 3 != 0 ? 1 : 0;
    }
    return rows;
  }

  private static long[] counts(Session session, String device) {
    try (SessionDataSet data = session.executeQuery("select count(s0), count(s1) from " + device)) {
      if (!data.hasNext()) {
        throw new AssertionError("no count row for " + device);
      }
      RowRecord row = data.next();
      return new long[] {row.isNull(0) ? 0 : row.getLong(0), row.isNull(1) ? 0 : row.getLong(1)};
    }
  }
}
