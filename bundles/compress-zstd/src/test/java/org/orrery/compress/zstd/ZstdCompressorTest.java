package org.orrery.compress.zstd;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.IOException;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.orrery.codec.api.CodecException;
import org.orrery.codec.api.CodecOptions;
import org.orrery.codec.api.CompressionIds;
import org.orrery.codec.api.Compressor;
import org.orrery.codec.api.SimpleCodecRegistry;
import org.orrery.codec.testkit.CompressionVectors;
import org.orrery.codec.testkit.CompressorContractTest;

class ZstdCompressorTest extends CompressorContractTest {
    @Override
    protected Compressor compressor() {
        return new ZstdCompressor();
    }

    /** Pages compressed by the official TsFile 2.4.0 writer (see the resource's header). */
    @TestFactory
    Stream<DynamicTest> officialPages() throws IOException {
        Compressor ours = compressor();
        Compressor officialLevel = new ZstdCompressor(22);
        return CompressionVectors.load(getClass(), "/tsfile-compression-ZSTD.txt", "ZSTD").stream()
                .flatMap(c -> Stream.of(
                        DynamicTest.dynamicTest(c + ": uncompresses the official bytes", () ->
                                assertArrayEquals(c.payload(), ours.uncompress(c.compressed(), 0,
                                        c.compressed().length, c.payload().length))),
                        DynamicTest.dynamicTest(c + ": own bytes restore the payload", () -> {
                            byte[] mine = ours.compress(c.payload());
                            assertArrayEquals(c.payload(), ours.uncompress(mine, 0, mine.length, c.payload().length));
                        }),
                        DynamicTest.dynamicTest(c + ": at the official level 22 compresses to the official bytes", () ->
                                assertArrayEquals(c.compressed(), officialLevel.compress(c.payload())))));
    }

    @Test
    void isFoundThroughServiceLoaderUnderItsFormatId() {
        SimpleCodecRegistry registry = SimpleCodecRegistry.fromServiceLoader(getClass().getClassLoader());
        assertEquals(ZstdCompressor.class, registry.compressor(CompressionIds.ZSTD).getClass());
        assertEquals(ZstdCompressor.class, registry.compressor("ZSTD").getClass());
    }

    @Test
    void truncatedPageIsReportedNotSilentlyAccepted() {
        Compressor c = compressor();
        byte[] payload = new byte[4096];
        for (int i = 0; i < payload.length; i++) {
            payload[i] = (byte) (i * 31 / 7);
        }
        byte[] packed = c.compress(payload);
        assertThrows(CodecException.class, () -> c.uncompress(packed, 0, packed.length / 2, payload.length));
    }

    @Test
    void defaultLevelIsThreeAndConfigurable() {
        assertEquals(3, new ZstdCompressor().level());
        assertEquals(19, new ZstdCompressor(java.util.Map.of(CodecOptions.COMPRESSION_LEVEL, "19")).level());
        Compressor level1 = compressor().withOptions(CodecOptions.DEFAULTS.with(CodecOptions.COMPRESSION_LEVEL, 1));
        assertEquals(1, ((ZstdCompressor) level1).level());
        assertThrows(IllegalArgumentException.class, () -> new ZstdCompressor(99));
    }

    @Test
    void framesCarryTheContentSizeTheOfficialReaderNeeds() {
        byte[] payload = new byte[10_000];
        byte[] frame = compressor().compress(payload);
        assertEquals(payload.length, com.github.luben.zstd.Zstd.getFrameContentSize(frame));
    }
}
