package org.orrery.storage;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.orrery.common.block.Column;
import org.orrery.common.error.ErrorCode;
import org.orrery.common.error.OrreryException;
import org.orrery.common.type.DataType;
import org.orrery.engine.storage.WriteBatch;
import org.orrery.storage.wal.WalEntry;
import org.orrery.storage.wal.WalEntryCodec;
import org.orrery.storage.wal.WalFormat;
import org.orrery.storage.wal.WalReader;
import org.orrery.storage.wal.WalSegments;
import org.orrery.storage.wal.WalWriter;

class WalTest {
  @TempDir Path dir;

  private static WriteBatch batch(long t) {
    byte[][] text = {("v" + t).getBytes(), null};
    return new WriteBatch(TestData.DB, TestData.device("d"), true, List.of("a", "b", "c"), new long[] {t, t + 1},
        List.of(new Column(DataType.INT64, new long[] {t, -t}, new boolean[] {false, true}, 2),
            new Column(DataType.TEXT, text, null, 2),
            new Column(DataType.BOOLEAN, new boolean[] {true, false}, null, 2)), 2);
  }

  private static long append(WalWriter w, WriteBatch b) throws Exception {
    return w.append(WalFormat.ENTRY_WRITE_BATCH, out -> WalEntryCodec.writeBatch(out, b));
  }

  private List<WalEntry> replay() throws Exception {
    List<WalEntry> out = new ArrayList<>();
    WalReader.replay(dir, 0, TestData.DB, out::add);
    return out;
  }

  @Test
  void entriesRoundTripAcrossSegments() throws Exception {
    try (WalWriter w = WalWriter.open(dir, 1, 1L << 20)) {
      append(w, batch(10));
      w.roll();
      w.append(WalFormat.ENTRY_DELETE, out -> WalEntryCodec.writeDelete(out,
          new WalEntry.Delete(TestData.device("d"), List.of("a"), 3, 9)));
      w.syncAll();
    }
    List<WalEntry> entries = replay();
    assertEquals(2, entries.size());
    WriteBatch b = ((WalEntry.Write) entries.get(0)).batch();
    assertTrue(b.aligned());
    assertEquals(List.of("a", "b", "c"), b.measurements());
    assertEquals(10L, b.columns().get(0).get(0));
    assertTrue(b.columns().get(0).isNull(1));
    assertEquals("v10", new String((byte[]) b.columns().get(1).get(0)));
    assertTrue(b.columns().get(1).isNull(1));
    assertEquals(false, b.columns().get(2).get(1));
    assertEquals(new WalEntry.Delete(TestData.device("d"), List.of("a"), 3, 9), entries.get(1));
    assertEquals(List.of(1L, 2L), WalSegments.list(dir));
  }

  @Test
  void tornTailIsTruncatedAndLaterAppendsReplay() throws Exception {
    try (WalWriter w = WalWriter.open(dir, 1, 1L << 20)) {
      append(w, batch(1));
      append(w, batch(2));
      w.syncAll();
    }
    Path seg = dir.resolve(WalFormat.fileName(1));
    long size = Files.size(seg);
    try (FileChannel ch = FileChannel.open(seg, StandardOpenOption.WRITE)) {
      ch.truncate(size - 3); // the second entry was cut by the crash
    }
    assertEquals(1, replay().size());
    long cut = Files.size(seg);
    assertTrue(cut < size - 3, "torn entry removed from the file");
    try (WalWriter w = WalWriter.open(dir, 2, 1L << 20)) {
      append(w, batch(3));
      w.syncAll();
    }
    List<WalEntry> entries = replay();
    assertEquals(2, entries.size());
    assertEquals(3, ((WalEntry.Write) entries.get(1)).batch().times()[0]);
  }

  @Test
  void flippedByteInTheNewestSegmentIsATornTailButInAnOlderOneIsCorruption() throws Exception {
    try (WalWriter w = WalWriter.open(dir, 1, 1L << 20)) {
      append(w, batch(1));
      append(w, batch(2));
      w.roll();
      append(w, batch(3));
      w.syncAll();
    }
    Path first = dir.resolve(WalFormat.fileName(1));
    byte[] data = Files.readAllBytes(first);
    data[data.length - 2] ^= 0x55;
    Files.write(first, data);
    OrreryException e = assertThrows(OrreryException.class, this::replay);
    assertEquals(ErrorCode.CORRUPT_FILE, e.code());
    assertTrue(e.getMessage().contains(first.getFileName().toString()), e.getMessage());
  }

  @Test
  void concurrentWritersShareSyncs() throws Exception {
    ExecutorService pool = Executors.newFixedThreadPool(8);
    try (WalWriter w = WalWriter.open(dir, 1, 1L << 16)) {
      List<Future<?>> fs = new ArrayList<>();
      for (int t = 0; t < 8; t++) {
        int thread = t;
        fs.add(pool.submit(() -> {
          for (int i = 0; i < 200; i++) {
            w.awaitDurable(append(w, batch(thread * 1000L + i)));
          }
          return null;
        }));
      }
      for (Future<?> f : fs) {
        f.get();
      }
    } finally {
      pool.shutdown();
    }
    List<WalEntry> entries = replay();
    assertEquals(1600, entries.size());
    assertTrue(WalSegments.list(dir).size() > 1, "small segments roll over");
  }
}
