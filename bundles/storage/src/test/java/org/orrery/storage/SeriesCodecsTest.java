package org.orrery.storage;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.orrery.storage.TestData.DB;

import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.orrery.common.block.Column;
import org.orrery.common.error.ErrorCode;
import org.orrery.common.error.OrreryException;
import org.orrery.common.path.PartialPath;
import org.orrery.common.type.DataType;
import org.orrery.engine.storage.WriteBatch;
import org.orrery.tsfile.DeviceId;
import org.orrery.tsfile.read.ChunkCodecs;
import org.orrery.tsfile.read.TsFileReader;

/** Each series reaches its TsFiles with the encoding and compressor its writes name. */
class SeriesCodecsTest {
  @TempDir Path dir;

  private static final PartialPath D1 = TestData.device("d1");
  private static final List<String> NAMES = List.of("plain", "rle", "fallback");
  /** Neither is a default (DOUBLE defaults to GORILLA, INT64 to TS_2DIFF, compression to LZ4). */
  private static final List<String> ENCODINGS = Arrays.asList("PLAIN", "RLE", null);
  private static final List<String> COMPRESSIONS = Arrays.asList("SNAPPY", "ZSTD", null);

  private static WriteBatch batch(long from, int rows) {
    long[] times = TestData.range(from, from + rows);
    double[] d = new double[rows];
    long[] l = new long[rows];
    double[] f = new double[rows];
    for (int i = 0; i < rows; i++) {
      d[i] = times[i] * 0.5;
      l[i] = times[i] * 3;
      f[i] = -times[i];
    }
    List<Column> cols = List.of(new Column(DataType.DOUBLE, d, null, rows),
        new Column(DataType.INT64, l, null, rows), new Column(DataType.DOUBLE, f, null, rows));
    return new WriteBatch(DB, D1, false, NAMES, times, cols, rows, ENCODINGS, COMPRESSIONS);
  }

  private static void assertCodecs(Path tsfile) throws Exception {
    try (TsFileReader r = TsFileReader.open(tsfile, TestData.CODECS)) {
      DeviceId id = DeviceId.parse(D1.toString());
      ChunkCodecs plain = r.codecs(id, "plain").orElseThrow();
      ChunkCodecs rle = r.codecs(id, "rle").orElseThrow();
      ChunkCodecs fallback = r.codecs(id, "fallback").orElseThrow();
      assertEquals("PLAIN/SNAPPY", plain.toString(), tsfile.toString());
      assertEquals("RLE/ZSTD", rle.toString(), tsfile.toString());
      assertEquals("GORILLA/LZ4", fallback.toString(), "defaults for a DOUBLE without codecs");
    }
  }

  @Test
  void flushWritesEachSeriesWithItsCodecs() throws Exception {
    try (LsmStorageEngine e = new LsmStorageEngine(TestData.config(), dir, TestData.CODECS)) {
      e.write(batch(0, 5000));
      // A later write that does not know the codecs keeps them.
      e.write(TestData.doubles(D1, List.of("plain"), TestData.range(5000, 5100), (m, t) -> t * 0.5));
      e.flush(DB);
      List<Path> files = TestData.files(dir.resolve("data"), ".tsfile");
      assertEquals(1, files.size());
      assertCodecs(files.get(0));
      assertEquals(5100, TestData.readAll(e, D1, "plain").size());
      assertEquals(2500.0, TestData.readAll(e, D1, "plain").get(5000L));
    }
  }

  @Test
  void codecsSurviveWalReplayAndCompaction() throws Exception {
    StorageConfig cfg = TestData.config().withCompactionMinFiles(2);
    try (LsmStorageEngine e = new LsmStorageEngine(cfg, dir, TestData.CODECS)) {
      e.write(batch(0, 1000));
      e.flush(DB);
      e.write(batch(1000, 1000));
      e.closeWithoutFlush();
    }
    try (LsmStorageEngine e = new LsmStorageEngine(cfg, dir, TestData.CODECS)) {
      e.flush(DB);
      List<Path> files = TestData.files(dir.resolve("data"), ".tsfile");
      assertEquals(2, files.size());
      for (Path f : files) {
        assertCodecs(f);
      }
      assertTrue(e.compactNow() > 0, "two sequence files in one partition are compacted");
      files = TestData.files(dir.resolve("data"), ".tsfile");
      assertEquals(1, files.size());
      assertCodecs(files.get(0));
      assertEquals(2000, TestData.readAll(e, D1, "fallback").size());
    }
  }

  @Test
  void unknownOrForbiddenCodecsAreRejectedBeforeLogging() throws Exception {
    try (LsmStorageEngine e = new LsmStorageEngine(TestData.config(), dir, TestData.CODECS)) {
      long[] times = {1, 2};
      List<Column> cols = List.of(new Column(DataType.DOUBLE, new double[] {1, 2}, null, 2));
      OrreryException missing = assertThrows(OrreryException.class, () -> e.write(new WriteBatch(
          DB, D1, false, List.of("s"), times, cols, 2, List.of("NO_SUCH_ENCODING"), null)));
      assertEquals(ErrorCode.CODEC_MISSING, missing.code());
      assertTrue(missing.getMessage().contains("NO_SUCH_ENCODING") && missing.getMessage().contains("root.sg.d1.s"),
          missing.getMessage());
      List<Column> text = List.of(new Column(DataType.TEXT, new byte[][] {{1}, {2}}, null, 2));
      OrreryException wrongType = assertThrows(OrreryException.class, () -> e.write(new WriteBatch(
          DB, D1, false, List.of("t"), times, text, 2, List.of("GORILLA"), null)));
      assertEquals(ErrorCode.ILLEGAL_ARGUMENT, wrongType.code(), wrongType.getMessage());
      OrreryException compressor = assertThrows(OrreryException.class, () -> e.write(new WriteBatch(
          DB, D1, false, List.of("s"), times, cols, 2, null, List.of("NO_SUCH_COMPRESSOR"))));
      assertEquals(ErrorCode.CODEC_MISSING, compressor.code());
      assertEquals(0, TestData.readAll(e, D1, "s").size(), "rejected batches must not be applied");
    }
  }
}
