package org.orrery.compress.lz4;

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

class Lz4CompressorTest extends CompressorContractTest {
    @Override
    protected Compressor compressor() {
        return new Lz4Compressor();
    }

    /** Pages compressed by the official TsFile 2.4.0 writer (see the resource's header). */
    @TestFactory
    Stream<DynamicTest> officialPages() throws IOException {
        Compressor ours = compressor();
        Compressor pureJava = new Lz4Compressor(java.util.Map.of(Lz4Compressor.IMPLEMENTATION_PROPERTY, "java"));
        return CompressionVectors.load(getClass(), "/tsfile-compression-LZ4.txt", "LZ4").stream()
                .flatMap(c -> Stream.of(
                        DynamicTest.dynamicTest(c + ": uncompresses the official bytes", () ->
                                assertArrayEquals(c.payload(), ours.uncompress(c.compressed(), 0,
                                        c.compressed().length, c.payload().length))),
                        DynamicTest.dynamicTest(c + ": own bytes restore the payload", () -> {
                            byte[] mine = ours.compress(c.payload());
                            assertArrayEquals(c.payload(), ours.uncompress(mine, 0, mine.length, c.payload().length));
                        }),
                        DynamicTest.dynamicTest(c + ": pure-Java mode compresses to the official bytes", () ->
                                assertArrayEquals(c.compressed(), pureJava.compress(c.payload())))));
    }

    @Test
    void isFoundThroughServiceLoaderUnderItsFormatId() {
        SimpleCodecRegistry registry = SimpleCodecRegistry.fromServiceLoader(getClass().getClassLoader());
        assertEquals(Lz4Compressor.class, registry.compressor(CompressionIds.LZ4).getClass());
        assertEquals(Lz4Compressor.class, registry.compressor("LZ4").getClass());
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
    void rejectsAnUnknownImplementationChoice() {
        assertThrows(IllegalArgumentException.class,
                () -> new Lz4Compressor(java.util.Map.of(Lz4Compressor.IMPLEMENTATION_PROPERTY, "gpu")));
    }

    @Test
    void pureJavaFallbackReadsAndWritesTheSameFormat() {
        Compressor javaSafe = new Lz4Compressor(net.jpountz.lz4.LZ4Factory.safeInstance());
        Compressor preferred = compressor();
        byte[] payload = new byte[30_000];
        for (int i = 0; i < payload.length; i++) {
            payload[i] = (byte) ((i % 97) * (i / 3000));
        }
        byte[] fromJava = javaSafe.compress(payload);
        byte[] fromPreferred = preferred.compress(payload);
        assertArrayEquals(payload, preferred.uncompress(fromJava, 0, fromJava.length, payload.length));
        assertArrayEquals(payload, javaSafe.uncompress(fromPreferred, 0, fromPreferred.length, payload.length));
    }

    /**
     * The reused scratch buffer must not change the output: every block equals what lz4-java's
     * own compressor of the same implementation returns, including after a larger input has left
     * stale bytes in the buffer and for inputs above the scratch limit.
     */
    @Test
    void reusedScratchBufferGivesTheLibrarysExactBlocks() {
        java.util.Random random = new java.util.Random(20261121L);
        for (net.jpountz.lz4.LZ4Factory factory : java.util.List.of(net.jpountz.lz4.LZ4Factory.safeInstance(),
                new Lz4Compressor().implementation().equals("JNI") ? net.jpountz.lz4.LZ4Factory.nativeInstance()
                        : net.jpountz.lz4.LZ4Factory.safeInstance())) {
            Lz4Compressor ours = new Lz4Compressor(factory);
            net.jpountz.lz4.LZ4Compressor reference = factory.fastCompressor();
            int[] sizes = {70_000, 10, 0, 65_536, 1, 5_000, Lz4Compressor.MAX_SCRATCH_BYTES + 1_000, 300};
            for (int size : sizes) {
                byte[] payload = new byte[size + 7];
                int kind = random.nextInt(3);
                for (int i = 0; i < payload.length; i++) {
                    payload[i] = kind == 0 ? (byte) random.nextInt() : kind == 1 ? (byte) (i / 50) : (byte) random.nextInt(4);
                }
                assertArrayEquals(reference.compress(java.util.Arrays.copyOfRange(payload, 3, 3 + size)),
                        ours.compress(payload, 3, size), factory + ", " + size + " bytes of kind " + kind);
            }
        }
    }
}
