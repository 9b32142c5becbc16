package org.orrery.storage.flush;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.orrery.codec.api.CodecRegistry;
import org.orrery.codec.api.SimpleCodecRegistry;
import org.orrery.common.block.Column;
import org.orrery.common.path.PartialPath;
import org.orrery.common.type.DataType;
import org.orrery.engine.storage.WriteBatch;
import org.orrery.storage.memtable.ColumnBuffer;
import org.orrery.storage.memtable.DeviceBuffer;
import org.orrery.storage.memtable.SortedRows;
import org.orrery.tsfile.write.MeasurementSchema;
import org.orrery.tsfile.write.WriterOptions;

/**
 * {@link TsFileBuilder#writeSorted} copies memtable values straight into the writer's tablets;
 * the TsFiles it writes must be byte for byte those of the previous route, which first
 * materialised every column of a block of rows as an array ({@link #writeThroughColumns}, kept
 * here as the reference), on random memtables: in time order, out of order with overwritten
 * timestamps, with nulls, and for slices that start and end inside the rows.
 */
class DirectFlushIdentityTest {
  private static final CodecRegistry CODECS = SimpleCodecRegistry.fromServiceLoader(
      DirectFlushIdentityTest.class.getClassLoader());
  private static final PartialPath DB = PartialPath.parse("root.sg");
  private static final List<String> NAMES = List.of("d", "f", "l", "i", "b");
  private static final List<DataType> TYPES =
      List.of(DataType.DOUBLE, DataType.FLOAT, DataType.INT64, DataType.INT32, DataType.BOOLEAN);

  @TempDir
  Path dir;

  @Test
  void inOrderRowsGiveTheSameFile() throws IOException {
    Random random = new Random(1);
    assertSameFiles(List.of(memtable(random, "root.sg.a", false, false, false, 70_001),
        memtable(random, "root.sg.b", false, false, false, 9_000)), 0, 0);
  }

  @Test
  void outOfOrderRowsWithOverwritesGiveTheSameFile() throws IOException {
    Random random = new Random(2);
    assertSameFiles(List.of(memtable(random, "root.sg.a", true, true, false, 40_000),
        memtable(random, "root.sg.b", true, false, false, 20_000)), 0, 0);
  }

  @Test
  void rowsWithNullsGiveTheSameFile() throws IOException {
    Random random = new Random(3);
    assertSameFiles(List.of(memtable(random, "root.sg.a", true, true, true, 30_000),
        memtable(random, "root.sg.b", false, false, true, 17_000)), 0, 0);
  }

  @Test
  void slicesInsideTheRowsGiveTheSameFile() throws IOException {
    Random random = new Random(4);
    assertSameFiles(List.of(memtable(random, "root.sg.a", false, false, false, 50_000),
        memtable(random, "root.sg.b", true, true, false, 50_000)), 1_234, 8_193);
  }

  /** Writes every memtable through both routes, leaving out {@code head} and {@code tail} rows. */
  private void assertSameFiles(List<DeviceBuffer> memtables, int head, int tail) throws IOException {
    Path direct = dir.resolve("direct.tsfile");
    Path reference = dir.resolve("reference.tsfile");
    Map<PartialPath, long[]> directRanges;
    Map<PartialPath, long[]> referenceRanges;
    try (TsFileBuilder a = new TsFileBuilder(direct, CODECS, WriterOptions.defaults());
        TsFileBuilder b = new TsFileBuilder(reference, CODECS, WriterOptions.defaults())) {
      for (DeviceBuffer m : memtables) {
        SortedRows rows = m.sorted(Long.MIN_VALUE, Long.MAX_VALUE);
        a.writeSorted(m, rows, head, rows.size() - tail);
        writeThroughColumns(b, m, rows, head, rows.size() - tail);
      }
      directRanges = a.ranges();
      referenceRanges = b.ranges();
    }
    byte[] expected = Files.readAllBytes(reference);
    assertTrue(expected.length > 10_000, "reference file holds the data: " + expected.length + " bytes");
    assertArrayEquals(expected, Files.readAllBytes(direct));
    assertEquals(referenceRanges.keySet(), directRanges.keySet());
    for (PartialPath device : referenceRanges.keySet()) {
      assertArrayEquals(referenceRanges.get(device), directRanges.get(device), device.toString());
    }
  }

  /** The flush's previous route: blocks of rows materialised as columns, then {@code writeDevice}. */
  private static void writeThroughColumns(TsFileBuilder builder, DeviceBuffer buffer, SortedRows rows, int from,
      int to) throws IOException {
    List<String> names = new ArrayList<>(buffer.columns().keySet());
    List<MeasurementSchema> schema = new ArrayList<>(names.size());
    for (String name : names) {
      ColumnBuffer col = buffer.column(name);
      schema.add(MeasurementSchema.of(name, col.type(), col.encoding(), col.compression()));
    }
    for (int start = from; start < to; start += TsFileBuilder.TABLET_ROWS * 8) {
      int n = Math.min(to - start, TsFileBuilder.TABLET_ROWS * 8);
      List<Column> columns = new ArrayList<>(names.size());
      for (String name : names) {
        columns.add(rows.column(name, buffer.column(name).type(), start, n));
      }
      long[] times = Arrays.copyOfRange(rows.times(), start, start + n);
      builder.writeDevice(buffer.device(), buffer.aligned(), schema, times, columns, n);
    }
  }

  /**
   * A device's memtable of {@code rows} rows appended in batches of random size: times in order
   * or shuffled within a window, with some timestamps written twice, and optionally nulls.
   */
  private static DeviceBuffer memtable(Random random, String device, boolean shuffled, boolean overwrites,
      boolean nulls, int rows) {
    PartialPath path = PartialPath.parse(device);
    DeviceBuffer buffer = new DeviceBuffer(path, false);
    long time = 1_700_000_000_000L;
    double walk = 0;
    int done = 0;
    while (done < rows) {
      int n = Math.min(rows - done, 1 + random.nextInt(5_000));
      long[] times = new long[n];
      for (int r = 0; r < n; r++) {
        time += 1 + random.nextInt(3);
        times[r] = time;
        if (shuffled && random.nextInt(4) == 0) {
          times[r] -= random.nextInt(20_000);
        }
        if (overwrites && r > 0 && random.nextInt(10) == 0) {
          times[r] = times[r - 1 - random.nextInt(r)];
        }
      }
      List<Column> columns = new ArrayList<>();
      for (DataType type : TYPES) {
        Object values = Column.newArray(type, n);
        boolean[] nullMask = nulls ? new boolean[n] : null;
        for (int r = 0; r < n; r++) {
          walk += random.nextGaussian();
          switch (type) {
            case DOUBLE -> ((double[]) values)[r] = Math.round(walk * 100) / 100.0;
            case FLOAT -> ((float[]) values)[r] = (float) walk;
            case INT64 -> ((long[]) values)[r] = (long) (walk * 1000);
            case INT32 -> ((int[]) values)[r] = random.nextInt(100);
            default -> ((boolean[]) values)[r] = random.nextBoolean();
          }
          if (nullMask != null) {
            nullMask[r] = random.nextInt(7) == 0;
          }
        }
        columns.add(new Column(type, values, nullMask, n));
      }
      WriteBatch batch = new WriteBatch(DB, path, false, NAMES, times, columns, n);
      buffer.checkTypes(batch);
      buffer.append(batch, null, n);
      done += n;
    }
    return buffer;
  }
}
