package org.orrery.storage;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.File;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Random;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.orrery.common.path.PartialPath;

/**
 * Kills a child JVM ingesting with WAL sync ({@link CrashChild}) at random moments, 20 times,
 * and checks after each restart that every acknowledged batch is present exactly once with its
 * values (the reads fail on a timestamp returned twice) and that the engine keeps accepting
 * writes.
 */
class CrashRecoveryTest {
  private static final java.util.regex.Pattern ACK = java.util.regex.Pattern.compile("ACK (\\d+)");
  @TempDir Path dir;

  @Test
  void everyAcknowledgedPointSurvivesKillNine() throws Exception {
    Random rnd = new Random(7);
    long acknowledged = -1;
    for (int round = 0; round < 20; round++) {
      long first = acknowledged + 1;
      Process child = start(first);
      AtomicLong lastAck = new AtomicLong(acknowledged);
      BufferedReader out = new BufferedReader(
          new InputStreamReader(child.getInputStream(), StandardCharsets.UTF_8));
      String line = out.readLine();
      assertEquals("READY", line, "child did not start");
      List<String> other = java.util.Collections.synchronizedList(new java.util.ArrayList<>());
      Thread reader = new Thread(() -> {
        try {
          for (String l = out.readLine(); l != null; l = out.readLine()) {
            // The JVM writes its own warnings to stdout too: take the digits right after "ACK ",
            // keep anything else for the failure message, and never stop reading early. A line
            // cut by the kill is a prefix of a number, hence never larger: keep the max.
            java.util.regex.Matcher m = ACK.matcher(l);
            if (m.find()) {
              lastAck.accumulateAndGet(Long.parseLong(m.group(1)), Math::max);
            }
            if (!m.find(0) || m.start() > 0 || m.end() < l.length()) {
              other.add(l);
            }
          }
        } catch (java.io.IOException e) {
          other.add("reading the child's output failed: " + e);
        }
      });
      reader.start();
      Thread.sleep(100 + rnd.nextInt(400));
      // Kill through the process handle: Process.destroyForcibly() also closes the child's stdout
      // in this JVM, losing ACK lines still in the pipe, so fewer batches would count as
      // acknowledged than the child acknowledged.
      child.toHandle().destroyForcibly();
      assertTrue(child.waitFor(20, TimeUnit.SECONDS));
      reader.join(30_000);
      assertFalse(reader.isAlive(), "the child's output was not read to its end");
      out.close();
      acknowledged = Math.max(acknowledged, lastAck.get());
      try {
        verify(acknowledged);
      } catch (AssertionError e) {
        throw new AssertionError(e.getMessage() + "; other child output: " + other, e);
      }
    }
    assertTrue(acknowledged > 20, "the child acknowledged only " + acknowledged + " batches");
  }

  private Process start(long firstBatch) throws Exception {
    String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
    ProcessBuilder pb = new ProcessBuilder(java, "-Xmx256m", "-XX:TieredStopAtLevel=1", "-cp",
        System.getProperty("java.class.path"), CrashChild.class.getName(), dir.toString(),
        Long.toString(firstBatch));
    pb.redirectError(ProcessBuilder.Redirect.DISCARD);
    return pb.start();
  }

  /** Opens the data in this JVM: all acknowledged rows exactly once, then closes without flush. */
  private void verify(long acknowledged) throws Exception {
    LsmStorageEngine e = new LsmStorageEngine(TestData.config(), dir, TestData.CODECS);
    try {
      for (PartialPath d : List.of(TestData.device("a"), TestData.device("b"))) {
        for (String s : CrashChild.SENSORS) {
          TreeMap<Long, Double> points = TestData.readAll(e, d, s);
          long expectedRows = (acknowledged + 1) * CrashChild.ROWS;
          for (long t = 0; t < expectedRows; t++) {
            Double v = points.get(t);
            if (v == null || v != CrashChild.value(t)) {
              throw new AssertionError(d + "." + s + " at " + t + " is " + v + " after acknowledging batch "
                  + acknowledged);
            }
          }
          // Unacknowledged batches may or may not be there, but never partially within a row set
          // beyond the one being written, and nothing beyond it.
          assertTrue(points.isEmpty() || points.lastKey() < expectedRows + 2L * CrashChild.ROWS,
              "points up to " + points.lastKey() + " beyond the batches ever written after "
                  + acknowledged);
        }
      }
      // The recovered engine accepts writes (the child writes the next batches again).
    } finally {
      e.closeWithoutFlush();
    }
  }
}
