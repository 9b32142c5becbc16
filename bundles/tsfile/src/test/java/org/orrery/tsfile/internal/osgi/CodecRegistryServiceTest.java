package org.orrery.tsfile.internal.osgi;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.orrery.codec.api.CodecNotFoundException;
import org.orrery.codec.api.Compressor;
import org.orrery.codec.api.Encoding;
import org.orrery.codec.api.EncodingIds;
import org.orrery.common.type.DataType;
import org.orrery.compress.lz4.Lz4Compressor;
import org.orrery.compress.zstd.ZstdCompressor;
import org.orrery.encoding.gorilla.GorillaEncoding;
import org.orrery.encoding.plain.PlainEncoding;
import org.orrery.encoding.ts2diff.Ts2DiffEncoding;
import org.orrery.tsfile.DeviceId;
import org.orrery.tsfile.TsFileException;
import org.orrery.tsfile.read.SeriesBatch;
import org.orrery.tsfile.read.SeriesReader;
import org.orrery.tsfile.read.TimeRange;
import org.orrery.tsfile.read.TsFileReader;
import org.orrery.tsfile.write.MeasurementSchema;
import org.orrery.tsfile.write.Tablet;
import org.orrery.tsfile.write.TsFileWriter;
import org.orrery.tsfile.write.WriterOptions;

/**
 * The registry service as DS drives it: codecs bound and unbound one by one. Removing the ZSTD
 * compressor must leave LZ4 files readable and make ZSTD files fail with the exact message.
 */
class CodecRegistryServiceTest {
    private static final DeviceId DEVICE = DeviceId.parse("root.reg.d1");

    @TempDir
    Path dir;

    @Test
    void emptyRegistryNamesTheMissingBundle() {
        CodecRegistryService service = new CodecRegistryService();
        CodecNotFoundException e = assertThrows(CodecNotFoundException.class, () -> service.compressor(8));
        assertEquals("codec bundle missing: ZSTD", e.getMessage());
        assertEquals("codec bundle missing: GORILLA",
                assertThrows(CodecNotFoundException.class, () -> service.encoding("gorilla")).getMessage());
        assertTrue(service.encodings().isEmpty());
    }

    @Test
    void bindAndUnbindFollowTheServices() {
        CodecRegistryService service = new CodecRegistryService();
        Encoding gorilla = new GorillaEncoding();
        service.addEncoding(gorilla);
        assertSame(gorilla, service.encoding(EncodingIds.GORILLA));
        assertEquals(List.of(gorilla), List.copyOf(service.encodings()));
        service.removeEncoding(gorilla);
        assertTrue(service.findEncoding(EncodingIds.GORILLA).isEmpty());
    }

    @Test
    void aServiceClaimingAnotherCodecsIdIsRefusedAndTheRestStays() {
        CodecRegistryService service = new CodecRegistryService();
        Compressor lz4 = new Lz4Compressor();
        Compressor impostor = new Compressor() {
            @Override
            public int id() {
                return 8; // ZSTD's id under the name LZ4
            }

            @Override
            public String name() {
                return "LZ4";
            }

            @Override
            public byte[] compress(byte[] src, int off, int len) {
                return lz4.compress(src, off, len);
            }

            @Override
            public void uncompress(byte[] src, int off, int len, byte[] dst, int dstOff, int uncompressedLength) {
                lz4.uncompress(src, off, len, dst, dstOff, uncompressedLength);
            }
        };
        service.addCompressor(lz4);
        service.addCompressor(impostor);
        assertSame(lz4, service.compressor("LZ4"));
        assertEquals("codec bundle missing: ZSTD",
                assertThrows(CodecNotFoundException.class, () -> service.compressor(8)).getMessage());
    }

    @Test
    void removingZstdLeavesLz4FilesReadable() throws IOException {
        CodecRegistryService service = new CodecRegistryService();
        service.addEncoding(new PlainEncoding());
        service.addEncoding(new Ts2DiffEncoding());
        service.addEncoding(new GorillaEncoding());
        Compressor zstd = new ZstdCompressor();
        service.addCompressor(new Lz4Compressor());
        service.addCompressor(zstd);
        Path lz4File = write(service, "LZ4");
        Path zstdFile = write(service, "ZSTD");

        service.removeCompressor(zstd);

        assertEquals(100, countPoints(service, lz4File));
        TsFileException e = assertThrows(TsFileException.class, () -> countPoints(service, zstdFile));
        assertTrue(e.getMessage().startsWith("codec bundle missing: ZSTD"), e.getMessage());

        service.addCompressor(new ZstdCompressor());
        assertEquals(100, countPoints(service, zstdFile));
    }

    private Path write(CodecRegistryService codecs, String compression) throws IOException {
        Path file = dir.resolve(compression + ".tsfile");
        List<MeasurementSchema> cols = List.of(MeasurementSchema.of("v", DataType.DOUBLE, "GORILLA", compression));
        try (TsFileWriter w = TsFileWriter.create(file, codecs, WriterOptions.defaults())) {
            w.registerDevice(DEVICE, false, cols);
            Tablet t = new Tablet(DEVICE, cols, 100);
            for (int i = 0; i < 100; i++) {
                t.times()[i] = 1000L * i;
                t.doubles(0)[i] = i * 0.5;
            }
            t.setRowCount(100);
            w.write(t);
        }
        return file;
    }

    private static long countPoints(CodecRegistryService codecs, Path file) throws IOException {
        long n = 0;
        try (TsFileReader r = TsFileReader.open(file, codecs)) {
            SeriesReader sr = r.readSeries(DEVICE, "v", TimeRange.ALL);
            for (SeriesBatch b = sr.next(); b != null; b = sr.next()) {
                n += b.size();
            }
        }
        return n;
    }
}
