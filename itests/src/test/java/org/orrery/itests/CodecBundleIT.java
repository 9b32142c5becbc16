package org.orrery.itests;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;
import static org.junit.Assert.fail;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Pattern;
import org.junit.Test;
import org.orrery.client.ClientException;
import org.orrery.client.RowRecord;
import org.orrery.client.Session;
import org.orrery.client.SessionDataSet;
import org.orrery.client.Tablet;
import org.orrery.common.type.DataType;

/**
 * Each compressor lives in its own bundle, so losing one disables only its codec (issue 3): in a
 * running server, with a flushed file holding a ZSTD series and an LZ4 series of the same device,
 * stopping the ZSTD bundle makes the ZSTD series fail with "codec bundle missing: ZSTD" while
 * the LZ4 series still answers and the server keeps serving; starting the bundle again brings
 * the ZSTD series back.
 */
public class CodecBundleIT {
  private static final String ZSTD_BUNDLE = "org.orrery.compress-zstd";
  private static final String DEVICE = "root.codec.d1";
  private static final int ROWS = 1_000;

  @Test
  public void stoppingTheZstdBundleFailsOnlyTheZstdSeries() throws Exception {
    try (ServerProcess server = ServerProcess.fresh("codec");
        Session session = startAndOpen(server)) {
      session.executeNonQuery("CREATE DATABASE root.codec");
      session.executeNonQuery("CREATE TIMESERIES " + DEVICE
          + ".z WITH DATATYPE=DOUBLE, ENCODING=GORILLA, COMPRESSOR=ZSTD");
      session.executeNonQuery("CREATE TIMESERIES " + DEVICE
          + ".l WITH DATATYPE=DOUBLE, ENCODING=GORILLA, COMPRESSOR=LZ4");
      Tablet tablet = new Tablet(DEVICE, List.of("z", "l"),
          List.of(DataType.DOUBLE, DataType.DOUBLE), ROWS);
      for (int r = 1; r <= ROWS; r++) {
        tablet.addRow(time(r), zValue(r), lValue(r));
      }
      session.insertTablet(tablet);
      session.executeNonQuery("FLUSH");
      // The reads below must come from the file, not from a memtable.
      OrreryTestSupport.await("a closed sequence file of root.codec",
          () -> closedFiles(server.data().resolve("data/sequence/root.codec")) > 0);

      assertSeries(session, "z", ROWS, "with every codec bundle active");
      assertSeries(session, "l", ROWS, "with every codec bundle active");

      server.console("bundle:stop " + ZSTD_BUNDLE);
      assertBundleState(server, "Resolved");

      try (SessionDataSet data = session.executeQuery("SELECT z FROM " + DEVICE)) {
        while (data.hasNext()) {
          data.next();
        }
        fail("SELECT z answered although the ZSTD compressor bundle is stopped");
      } catch (ClientException e) {
        assertTrue("the error names the missing codec bundle: " + e.getMessage(),
            e.getMessage().contains("codec bundle missing: ZSTD"));
      }
      // The same session and the server keep working; LZ4 data of the same file still reads.
      session.ping();
      assertSeries(session, "l", ROWS, "with the ZSTD bundle stopped");
      Tablet more = new Tablet(DEVICE, List.of("l"), List.of(DataType.DOUBLE), 10);
      for (int r = ROWS + 1; r <= ROWS + 10; r++) {
        more.addRow(time(r), lValue(r));
      }
      session.insertTablet(more);
      assertSeries(session, "l", ROWS + 10, "after a write with the ZSTD bundle stopped");

      server.console("bundle:start " + ZSTD_BUNDLE);
      assertBundleState(server, "Active");
      // The codec comes back once the bundle's component has registered its service again.
      OrreryTestSupport.await("SELECT z answers after bundle:start", () -> {
        assertSeries(session, "z", ROWS, "after bundle:start");
        return true;
      });
    }
  }

  private static Session startAndOpen(ServerProcess server) throws Exception {
    server.start();
    Session session = server.session();
    session.open();
    return session;
  }

  private static long time(int row) {
    return 1_700_000_000_000L + row * 1_000L;
  }

  private static double zValue(int row) {
    return row * 1.5;
  }

  private static double lValue(int row) {
    return -row * 2.25;
  }

  /** Reads the whole series and checks count, times and values (exact: k/2 and k/4 values). */
  private static void assertSeries(Session session, String measurement, int rows, String when) {
    try (SessionDataSet data = session.executeQuery("SELECT " + measurement + " FROM "
        + DEVICE)) {
      int r = 0;
      while (data.hasNext()) {
        RowRecord row = data.next();
        r++;
        assertEquals(when + ": time of row " + r + " of " + measurement, time(r), row.time());
        double expected = measurement.equals("z") ? zValue(r) : lValue(r);
        assertEquals(when + ": " + measurement + " at row " + r, expected, row.getDouble(0), 0.0);
      }
      assertEquals(when + ": rows of " + DEVICE + "." + measurement, rows, r);
    }
  }

  /** Waits until {@code bundle:list} shows the ZSTD bundle in the state. */
  private static void assertBundleState(ServerProcess server, String state) {
    Pattern line = Pattern.compile("(?m)^.*\\|\\s*" + state + "\\s*\\|.*\\|\\s*"
        + Pattern.quote(ZSTD_BUNDLE) + "\\s*$");
    OrreryTestSupport.await(ZSTD_BUNDLE + " " + state,
        () -> line.matcher(server.console("bundle:list -s")).find());
  }

  private static long closedFiles(Path dir) throws Exception {
    if (!Files.isDirectory(dir)) {
      return 0;
    }
    try (var files = Files.walk(dir)) {
      return files.filter(p -> p.toString().endsWith(".tsfile.resource")).count();
    }
  }
}
