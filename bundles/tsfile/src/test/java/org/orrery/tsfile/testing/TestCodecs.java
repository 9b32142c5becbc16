package org.orrery.tsfile.testing;

import org.orrery.codec.api.CodecRegistry;
import org.orrery.codec.api.SimpleCodecRegistry;

/** The codec bundles on the test class path, found the non-OSGi way (META-INF/services). */
public final class TestCodecs {
    private static final CodecRegistry REGISTRY = SimpleCodecRegistry.fromServiceLoader(TestCodecs.class.getClassLoader());

    private TestCodecs() {
    }

    public static CodecRegistry registry() {
        return REGISTRY;
    }

    public static boolean hasEncoding(String name) {
        return REGISTRY.encodings().stream().anyMatch(e -> e.name().equalsIgnoreCase(name));
    }

    public static boolean hasCompressor(String name) {
        return REGISTRY.compressors().stream().anyMatch(c -> c.name().equalsIgnoreCase(name));
    }
}
