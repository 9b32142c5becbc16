package org.orrery.encoding;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.orrery.codec.api.CodecException;
import org.orrery.codec.api.Encoding;
import org.orrery.codec.api.SimpleCodecRegistry;

/**
 * Byte compatibility with Apache TsFile 2.4.0, case by case from the vectors in
 * {@code src/test/resources/tsfile-vectors}:
 * <ol>
 *   <li>our decoder reads the official bytes to exactly what the official decoder read;</li>
 *   <li>where the official encoding is lossless for the input, our encoder writes exactly the
 *       official bytes;</li>
 *   <li>our own encoding of the input always decodes back to the input, bit for bit.</li>
 * </ol>
 */
class OfficialVectorsTest {
    /** Encodings that end a page with a marker value: decodeAll stops at a genuine marker value. */
    private static final Set<String> MARKER_ENDED = Set.of("GORILLA", "GORILLA_V1", "CHIMP");

    private static final SimpleCodecRegistry REGISTRY =
            SimpleCodecRegistry.fromServiceLoader(OfficialVectorsTest.class.getClassLoader());

    static Stream<DynamicTest> casesOf(String encodingName) throws IOException {
        Encoding encoding = REGISTRY.encoding(encodingName);
        List<DynamicTest> tests = new ArrayList<>();
        for (VectorCase c : VectorCase.load(encodingName)) {
            if (encodingName.equals("GORILLA_V1") && c.in.stream().anyMatch(OfficialVectorsTest::isNaNToken)) {
                tests.addAll(nanEndsGorillaV1Page(encoding, c));
                continue;
            }
            tests.add(DynamicTest.dynamicTest(c + ": decodes official bytes", () ->
                    assertEquals(c.out, TokenCodec.decode(encoding, c.kind, c.bytes, c.count))));
            tests.add(DynamicTest.dynamicTest(c + ": decodeAll of official bytes", () -> {
                List<String> all = TokenCodec.decodeAll(encoding, c.kind, c.bytes);
                if (MARKER_ENDED.contains(encodingName)) {
                    assertTrue(all.size() <= c.out.size() && c.out.subList(0, all.size()).equals(all),
                            "decodeAll must give a prefix of the page");
                } else {
                    assertEquals(c.out, all);
                }
            }));
            if (c.officialIsLossless()) {
                tests.add(DynamicTest.dynamicTest(c + ": encodes to the official bytes", () ->
                        assertSameBytes(c.bytes, TokenCodec.encode(encoding, c.kind, c.in))));
            }
            tests.add(DynamicTest.dynamicTest(c + ": own round trip is exact", () -> {
                byte[] ours = TokenCodec.encode(encoding, c.kind, c.in);
                assertEquals(c.in, TokenCodec.decode(encoding, c.kind, ours, c.count));
            }));
        }
        return tests.stream();
    }

    /**
     * Pages where our writer deliberately differs from the official one (lossless fallbacks),
     * with what the official 2.4.0 decoder read from OUR bytes: it must have read every input
     * value exactly, and our encoder must still write exactly those bytes.
     */
    @TestFactory
    Stream<DynamicTest> ourDeviatingPagesAreReadExactlyByTheOfficialDecoder() throws IOException {
        List<DynamicTest> tests = new ArrayList<>();
        for (VectorCase c : VectorCase.load("ORRERY_READ_BY_OFFICIAL")) {
            Encoding encoding = REGISTRY.encoding(c.encoding);
            tests.add(DynamicTest.dynamicTest(c + ": the official decoder read our bytes exactly", () ->
                    assertEquals(c.in, c.out)));
            tests.add(DynamicTest.dynamicTest(c + ": we still write those bytes", () ->
                    assertSameBytes(c.bytes, TokenCodec.encode(encoding, c.kind, c.in))));
            tests.add(DynamicTest.dynamicTest(c + ": we read them back", () ->
                    assertEquals(c.in, TokenCodec.decode(encoding, c.kind, c.bytes, c.count))));
        }
        return tests.stream();
    }

    /** A FLOAT or DOUBLE token (raw bits in hex) that is a NaN. */
    private static boolean isNaNToken(String token) {
        long bits = Long.parseUnsignedLong(token, 16);
        return token.length() <= 8 ? Float.isNaN(Float.intBitsToFloat((int) bits)) : Double.isNaN(Double.longBitsToDouble(bits));
    }

    /**
     * GORILLA_V1 uses NaN as its end-of-page marker: the official writer silently ends the page at
     * the first NaN (its reader then returns NaN for every remaining value). We read such pages
     * up to the marker, refuse to read past it, and refuse to write a NaN at all.
     */
    private static List<DynamicTest> nanEndsGorillaV1Page(Encoding encoding, VectorCase c) {
        int firstNaN = 0;
        while (!isNaNToken(c.in.get(firstNaN))) {
            firstNaN++;
        }
        int valuesBeforeMarker = firstNaN;
        return List.of(
                DynamicTest.dynamicTest(c + ": decodeAll stops at the NaN end marker", () ->
                        assertEquals(c.out.subList(0, valuesBeforeMarker), TokenCodec.decodeAll(encoding, c.kind, c.bytes))),
                DynamicTest.dynamicTest(c + ": reading past the end marker is an error", () -> {
                    CodecException e = assertThrows(CodecException.class,
                            () -> TokenCodec.decode(encoding, c.kind, c.bytes, c.count));
                    assertTrue(e.getMessage().contains("after " + valuesBeforeMarker + " of " + c.count), e.getMessage());
                }),
                DynamicTest.dynamicTest(c + ": writing NaN is refused", () ->
                        assertThrows(CodecException.class, () -> TokenCodec.encode(encoding, c.kind, c.in))));
    }

    /** Compares byte arrays, reporting the first difference instead of two long hex strings. */
    static void assertSameBytes(byte[] expected, byte[] actual) {
        int n = Math.min(expected.length, actual.length);
        for (int i = 0; i < n; i++) {
            if (expected[i] != actual[i]) {
                int from = Math.max(0, i - 8);
                fail("first difference at byte " + i + " of " + expected.length + ": official "
                        + HexFormat.of().formatHex(expected, from, Math.min(expected.length, i + 8)) + ", ours "
                        + HexFormat.of().formatHex(actual, from, Math.min(actual.length, i + 8)));
            }
        }
        assertEquals(expected.length, actual.length, "encoded length");
    }

    @TestFactory
    Stream<DynamicTest> plain() throws IOException {
        return casesOf("PLAIN");
    }

    @TestFactory
    Stream<DynamicTest> rle() throws IOException {
        return casesOf("RLE");
    }

    @TestFactory
    Stream<DynamicTest> ts2diff() throws IOException {
        return casesOf("TS_2DIFF");
    }

    @TestFactory
    Stream<DynamicTest> gorilla() throws IOException {
        return casesOf("GORILLA");
    }

    @TestFactory
    Stream<DynamicTest> gorillaV1() throws IOException {
        return casesOf("GORILLA_V1");
    }

    @TestFactory
    Stream<DynamicTest> zigzag() throws IOException {
        return casesOf("ZIGZAG");
    }

    @TestFactory
    Stream<DynamicTest> dictionary() throws IOException {
        return casesOf("DICTIONARY");
    }

    @TestFactory
    Stream<DynamicTest> chimp() throws IOException {
        return casesOf("CHIMP");
    }

    @TestFactory
    Stream<DynamicTest> sprintz() throws IOException {
        return casesOf("SPRINTZ");
    }

    @TestFactory
    Stream<DynamicTest> rlbe() throws IOException {
        return casesOf("RLBE");
    }
}
