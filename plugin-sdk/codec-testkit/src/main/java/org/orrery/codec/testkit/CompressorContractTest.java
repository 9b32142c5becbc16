package org.orrery.codec.testkit;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.orrery.codec.api.CodecIds;
import org.orrery.codec.api.CompressionIds;
import org.orrery.codec.api.Compressor;

/**
 * The contract every {@link Compressor} must meet, as a JUnit 5 test to extend:
 *
 * <pre>{@code
 * class MyCompressorTest extends CompressorContractTest {
 *     protected Compressor compressor() { return new MyCompressor(); }
 * }
 * }</pre>
 */
public abstract class CompressorContractTest {
    protected abstract Compressor compressor();

    @Test
    void roundTripsEveryPayload() {
        CodecRoundTrip.check(compressor());
    }

    @Test
    void declaresPersistableIdAndName() {
        Compressor c = compressor();
        assertEquals(c.name().toUpperCase(Locale.ROOT), c.name(), "compressor names are upper case");
        if (c.id() <= CodecIds.FORMAT_MAX) {
            assertEquals(CompressionIds.formatName(c.id()), c.name(), "a format id must carry the format's name");
        } else {
            assertEquals(true, CodecIds.isPluginId(c.id()), "plugin id " + c.id() + " outside the plugin range");
        }
    }
}
