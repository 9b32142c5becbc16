package org.orrery.storage.flush;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.orrery.codec.api.CodecRegistry;
import org.orrery.codec.api.SimpleCodecRegistry;
import org.orrery.common.block.Column;
import org.orrery.common.path.PartialPath;
import org.orrery.common.type.DataType;
import org.orrery.engine.storage.WriteBatch;
import org.orrery.storage.memtable.ChunkPool;
import org.orrery.storage.memtable.DeviceBuffer;
import org.orrery.storage.memtable.MemTable;
import org.orrery.storage.memtable.SortedRows;
import org.orrery.tsfile.write.WriterOptions;

/**
 * Memtables built from chunks of an earlier memtable (full of other values) must read and flush
 * exactly as memtables built from new chunks: same sorted rows (values at null positions
 * included) and byte-identical TsFiles, for aligned and non-aligned devices, with nulls, with
 * measurements missing from some batches (their rows are filled with nulls in the buffer), out of
 * order and with overwritten timestamps.
 */
class RecycledChunksIdentityTest {
  private static final CodecRegistry CODECS = SimpleCodecRegistry.fromServiceLoader(
      RecycledChunksIdentityTest.class.getClassLoader());
  private static final PartialPath DB = PartialPath.parse("root.sg");
  private static final List<String> NAMES = List.of("d", "f", "l", "i", "b", "t");
  private static final List<DataType> TYPES = List.of(
      DataType.DOUBLE, DataType.FLOAT, DataType.INT64, DataType.INT32, DataType.BOOLEAN, DataType.TEXT);
  private static final List<String> DEVICES = List.of("root.sg.a", "root.sg.b", "root.sg.c");

  @TempDir
  Path dir;

  @Test
  void memtableOnRecycledChunksReadsAndFlushesAsOnNewChunks() throws IOException {
    ChunkPool pool = new ChunkPool(256L << 20);
    // An earlier generation, different data and shape, whose chunks go back to the pool.
    MemTable old = new MemTable(1, 0, pool);
    fill(old, new Random(99), 60_000, false);
    pool.recycle(old);
    long pooled = pool.heldBytes();
    assertTrue(pooled > 1_000_000, "the old memtable's chunks are kept: " + pooled);
    assertEquals(0, old.device(PartialPath.parse(DEVICES.get(0))).rows(), "a recycled buffer keeps no rows");

    MemTable fresh = new MemTable(2, 0, ChunkPool.NONE);
    MemTable recycled = new MemTable(2, 0, pool);
    fill(fresh, new Random(7), 45_000, true);
    fill(recycled, new Random(7), 45_000, true);
    assertTrue(pool.heldBytes() < pooled / 2, "the new memtable took chunks from the pool: " + pool.heldBytes());

    for (String device : DEVICES) {
      PartialPath path = PartialPath.parse(device);
      SortedRows a = fresh.device(path).sorted(Long.MIN_VALUE, Long.MAX_VALUE);
      SortedRows b = recycled.device(path).sorted(Long.MIN_VALUE, Long.MAX_VALUE);
      assertEquals(a.size(), b.size(), device);
      assertArrayEquals(a.times(), b.times(), device);
      for (int c = 0; c < NAMES.size(); c++) {
        Column x = a.column(NAMES.get(c), TYPES.get(c), 0, a.size());
        Column y = b.column(NAMES.get(c), TYPES.get(c), 0, b.size());
        for (int r = 0; r < a.size(); r++) {
          assertEquals(x.isNull(r), y.isNull(r), device + "." + NAMES.get(c) + " null at row " + r);
        }
        assertTrue(Objects.deepEquals(x.values(), y.values()), device + "." + NAMES.get(c) + " values");
      }
    }

    byte[] expected = flush(fresh, "fresh.tsfile");
    assertTrue(expected.length > 100_000, "the file holds the data: " + expected.length + " bytes");
    assertArrayEquals(expected, flush(recycled, "recycled.tsfile"));
  }

  @Test
  void poolKeepsAtMostItsCapacityAndNoBinaryChunks() {
    ChunkPool pool = new ChunkPool(3 * 4096 * 8);
    MemTable table = new MemTable(1, 0, pool);
    fill(table, new Random(5), 20_000, false);
    pool.recycle(table);
    // Three DOUBLE-sized (8-byte) chunks fit; TEXT chunks are never kept.
    assertEquals(3 * 4096 * 8, pool.heldBytes());
    assertEquals(0, ChunkPool.NONE.heldBytes());
  }

  private byte[] flush(MemTable table, String name) throws IOException {
    Path file = dir.resolve(name);
    try (TsFileBuilder builder = new TsFileBuilder(file, CODECS, WriterOptions.defaults())) {
      for (String device : DEVICES) {
        DeviceBuffer buffer = table.device(PartialPath.parse(device));
        SortedRows rows = buffer.sorted(Long.MIN_VALUE, Long.MAX_VALUE);
        builder.writeSorted(buffer, rows, 0, rows.size());
      }
    }
    return Files.readAllBytes(file);
  }

  /**
   * Appends about {@code rows} rows per device in batches of random size and shape: device c is
   * aligned; each batch names a random non-empty subset of the measurements (in the
   * {@code subsets} case) with random nulls; times out of order with some written twice.
   */
  private static void fill(MemTable table, Random random, int rows, boolean subsets) {
    for (int d = 0; d < DEVICES.size(); d++) {
      PartialPath path = PartialPath.parse(DEVICES.get(d));
      boolean aligned = d == 2;
      DeviceBuffer buffer = table.deviceForWrite(path, aligned);
      long time = 1_700_000_000_000L;
      double walk = random.nextDouble() * 100;
      int done = 0;
      while (done < rows) {
        int n = Math.min(rows - done, 1 + random.nextInt(3_000));
        long[] times = new long[n];
        for (int r = 0; r < n; r++) {
          time += 1 + random.nextInt(3);
          times[r] = random.nextInt(5) == 0 ? time - random.nextInt(10_000) : time;
          if (r > 0 && random.nextInt(10) == 0) {
            times[r] = times[r - 1 - random.nextInt(r)];
          }
        }
        List<String> names = new ArrayList<>();
        List<Column> columns = new ArrayList<>();
        for (int c = 0; c < NAMES.size(); c++) {
          if (subsets && random.nextInt(3) == 0 && !(names.isEmpty() && c == NAMES.size() - 1)) {
            continue;
          }
          DataType type = TYPES.get(c);
          Object values = Column.newArray(type, n);
          boolean[] nulls = subsets ? new boolean[n] : null;
          for (int r = 0; r < n; r++) {
            walk += random.nextGaussian();
            switch (type) {
              case DOUBLE -> ((double[]) values)[r] = walk;
              case FLOAT -> ((float[]) values)[r] = (float) walk;
              case INT64 -> ((long[]) values)[r] = (long) (walk * 1000);
              case INT32 -> ((int[]) values)[r] = random.nextInt(100);
              case BOOLEAN -> ((boolean[]) values)[r] = random.nextBoolean();
              default -> ((byte[][]) values)[r] = ("v" + random.nextInt(50)).getBytes(StandardCharsets.UTF_8);
            }
            if (nulls != null) {
              nulls[r] = random.nextInt(6) == 0;
            }
          }
          names.add(NAMES.get(c));
          columns.add(new Column(type, values, nulls, n));
        }
        WriteBatch batch = new WriteBatch(DB, path, aligned, names, times, columns, n);
        buffer.checkTypes(batch);
        buffer.append(batch, null, n);
        done += n;
      }
    }
  }
}
