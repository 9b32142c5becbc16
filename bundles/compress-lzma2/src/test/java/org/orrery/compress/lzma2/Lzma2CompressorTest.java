package org.orrery.compress.lzma2;

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

class Lzma2CompressorTest extends CompressorContractTest {
    @Override
    protected Compressor compressor() {
        return new Lzma2Compressor();
    }

    /** Pages compressed by the official TsFile 2.4.0 writer (see the resource's header). */
    @TestFactory
    Stream<DynamicTest> officialPages() throws IOException {
        Compressor ours = compressor();
        return CompressionVectors.load(getClass(), "/tsfile-compression-LZMA2.txt", "LZMA2").stream()
                .flatMap(c -> Stream.of(
                        DynamicTest.dynamicTest(c + ": uncompresses the official bytes", () ->
                                assertArrayEquals(c.payload(), ours.uncompress(c.compressed(), 0,
                                        c.compressed().length, c.payload().length))),
                        DynamicTest.dynamicTest(c + ": compresses to the official bytes", () -> {
                            byte[] mine = ours.compress(c.payload());
                            assertArrayEquals(c.compressed(), mine);
                        })));
    }

    @Test
    void isFoundThroughServiceLoaderUnderItsFormatId() {
        SimpleCodecRegistry registry = SimpleCodecRegistry.fromServiceLoader(getClass().getClassLoader());
        assertEquals(Lzma2Compressor.class, registry.compressor(CompressionIds.LZMA2).getClass());
        assertEquals(Lzma2Compressor.class, registry.compressor("LZMA2").getClass());
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

}
