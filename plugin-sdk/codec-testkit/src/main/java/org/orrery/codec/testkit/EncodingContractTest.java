package org.orrery.codec.testkit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.orrery.codec.api.CodecException;
import org.orrery.codec.api.CodecIds;
import org.orrery.codec.api.CodecOptions;
import org.orrery.codec.api.Encoding;
import org.orrery.codec.api.EncodingIds;
import org.orrery.codec.api.ValueKind;

/**
 * The contract every {@link Encoding} must meet, as a JUnit 5 test to extend:
 *
 * <pre>{@code
 * class MyEncodingTest extends EncodingContractTest {
 *     protected Encoding encoding() { return new MyEncoding(); }
 * }
 * }</pre>
 *
 * Override {@link #roundTrip()} to configure the checks (options, end-marker encodings).
 */
public abstract class EncodingContractTest {
    /** The encoding under test; may return a new instance per call. */
    protected abstract Encoding encoding();

    /** The configured round-trip checker; override to call e.g. {@code decodeAllMayStopEarly()}. */
    protected EncodingRoundTrip roundTrip() {
        return CodecRoundTrip.of(encoding());
    }

    @TestFactory
    Stream<DynamicTest> everyEdgePageRoundTrips() {
        EncodingRoundTrip checker = roundTrip();
        Encoding encoding = encoding();
        List<DynamicTest> tests = new ArrayList<>();
        for (ValueKind<?, ?> kind : encoding.supportedKinds()) {
            for (Page page : checker.pages(kind)) {
                tests.add(DynamicTest.dynamicTest(encoding.name() + " " + kind + " " + page,
                        () -> checker.checkPage(kind, page)));
            }
            tests.add(DynamicTest.dynamicTest(encoding.name() + " " + kind + " all pages with reused codecs",
                    () -> checker.check(kind)));
        }
        return tests.stream();
    }

    @Test
    void declaresPersistableIdAndName() {
        Encoding encoding = encoding();
        int id = encoding.id();
        String name = encoding.name();
        assertEquals(name.toUpperCase(Locale.ROOT), name, "encoding names are upper case");
        if (id <= CodecIds.FORMAT_MAX) {
            assertEquals(EncodingIds.formatName(id), name, "a format id must carry the format's name");
        } else {
            assertTrue(CodecIds.isPluginId(id), "plugin id " + id + " outside " + CodecIds.PLUGIN_MIN + ".."
                    + CodecIds.PLUGIN_MAX);
            assertEquals(-1, EncodingIds.formatId(name), "a plugin must not reuse a format name");
        }
        assertFalse(encoding.supportedKinds().isEmpty(), "an encoding supports at least one kind");
    }

    @Test
    void rejectsUnsupportedKindsByName() {
        Encoding encoding = encoding();
        for (ValueKind<?, ?> kind : ValueKind.values()) {
            if (!encoding.supports(kind)) {
                CodecException e = assertThrows(CodecException.class,
                        () -> encoding.newEncoder(kind, CodecOptions.DEFAULTS));
                assertTrue(e.getMessage().contains(encoding.name()) && e.getMessage().contains(kind.name()),
                        "error must name the encoding and the kind: " + e.getMessage());
                assertThrows(CodecException.class, () -> encoding.newDecoder(kind, CodecOptions.DEFAULTS));
            }
        }
    }
}
