package org.orrery.itests;

import java.util.List;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import org.orrery.client.ClientConnectionException;
import org.orrery.client.ClientException;
import org.orrery.client.Session;
import org.orrery.client.Tablet;
import org.orrery.common.type.DataType;

/**
 * The load a crash interrupts: one writer thread inserting tablets and recording every
 * acknowledged one in the {@link CrashLedger}, and one thread asking for FLUSH now and then so
 * kills also land in flushes (and, with a short compaction interval, in compactions).
 *
 * <p>Both threads end on their own when the server dies under them. A failure that is not a
 * broken connection (a rejected write, a failed flush) is kept and reported by the test: before
 * the kill, the server must accept everything.
 */
final class CrashLoad implements AutoCloseable {
  private static final List<String> MEASUREMENTS = List.of("s0", "s1");
  private static final List<DataType> TYPES = List.of(DataType.DOUBLE, DataType.INT64);

  private final CrashLedger ledger;
  private final AtomicInteger acknowledgedBatches = new AtomicInteger();
  private final AtomicReference<Throwable> unexpected = new AtomicReference<>();
  private final AtomicReference<ClientConnectionException> connectionLoss =
      new AtomicReference<>();
  private final Thread writer;
  private final Thread flusher;
  private volatile boolean stopping;

  private CrashLoad(ServerProcess server, CrashLedger ledger, long seed) {
    this.ledger = ledger;
    this.writer = new Thread(() -> write(server, new Random(seed)), "crash-writer");
    this.flusher = new Thread(() -> flush(server, new Random(seed + 1)), "crash-flusher");
  }

  static CrashLoad start(ServerProcess server, CrashLedger ledger, long seed) {
    CrashLoad load = new CrashLoad(server, ledger, seed);
    load.writer.start();
    load.flusher.start();
    return load;
  }

  int acknowledgedBatches() {
    return acknowledgedBatches.get();
  }

  /** A failure other than the connection breaking, if any happened. */
  Throwable unexpectedFailure() {
    return unexpected.get();
  }

  /** Why the writer stopped, when it stopped before anyone asked it to (else empty). */
  String writerEnd() {
    if (writer.isAlive()) {
      return "";
    }
    Throwable failure = unexpected.get() != null ? unexpected.get() : connectionLoss.get();
    return "writer ended: " + failure;
  }

  private void write(ServerProcess server, Random random) {
    try (Session session = server.session()) {
      session.open();
      while (!stopping) {
        CrashLedger.Batch batch = ledger.nextBatch(random);
        session.insertTablet(tablet(batch));
        ledger.acknowledged(batch);
        acknowledgedBatches.incrementAndGet();
      }
    } catch (ClientConnectionException e) {
      // the server died: the batch in flight stays in doubt in the ledger
      connectionLoss.set(e);
    } catch (Throwable e) {
      unexpected.compareAndSet(null, e);
    }
  }

  private void flush(ServerProcess server, Random random) {
    try (Session session = server.session()) {
      session.open();
      while (!stopping) {
        Thread.sleep(200 + random.nextInt(600)); // spread flushes over the cycle
        session.executeNonQuery("FLUSH");
      }
    } catch (ClientConnectionException e) {
      // the server died
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    } catch (ClientException e) {
      if (!stopping) {
        unexpected.compareAndSet(null, e);
      }
    } catch (Throwable e) {
      unexpected.compareAndSet(null, e);
    }
  }

  private static Tablet tablet(CrashLedger.Batch batch) {
    Tablet tablet = new Tablet(CrashLedger.device(batch.device()), MEASUREMENTS, TYPES,
        batch.rows());
    for (int r = 0; r < batch.rows(); r++) {
      long t = batch.time(r);
      tablet.addRow(t, CrashLedger.doubleValue(batch.device(), t),
          CrashLedger.longValue(batch.device(), t));
    }
    return tablet;
  }

  /** Waits for both threads to end (they end once the server is gone, or after a stop). */
  @Override
  public void close() throws InterruptedException {
    stopping = true;
    flusher.interrupt();
    writer.join(TimeUnit.SECONDS.toMillis(120));
    flusher.join(TimeUnit.SECONDS.toMillis(120));
    if (writer.isAlive() || flusher.isAlive()) {
      throw new AssertionError("the crash load did not end within 120 s after the server died");
    }
  }
}
