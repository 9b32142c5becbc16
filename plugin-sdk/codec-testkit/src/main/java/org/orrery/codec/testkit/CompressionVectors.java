package org.orrery.codec.testkit;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Known-good compressed pages produced by another implementation, read from a text resource:
 *
 * <pre>
 * # comment
 * payload NAME HEX          the uncompressed input (may be empty)
 * case TYPE NAME HEX        what the reference compressor TYPE made of payload NAME
 * </pre>
 *
 * A codec test checks that its compressor restores every payload from the reference bytes, and,
 * where the compressor is deterministic and matches the reference settings, writes the same bytes.
 */
public final class CompressionVectors {
    /** One reference case. */
    public static final class Case {
        private final String type;
        private final String name;
        private final byte[] payload;
        private final byte[] compressed;

        Case(String type, String name, byte[] payload, byte[] compressed) {
            this.type = type;
            this.name = name;
            this.payload = payload;
            this.compressed = compressed;
        }

        public String type() {
            return type;
        }

        public String name() {
            return name;
        }

        public byte[] payload() {
            return payload.clone();
        }

        public byte[] compressed() {
            return compressed.clone();
        }

        @Override
        public String toString() {
            return type + " " + name + " (" + payload.length + " -> " + compressed.length + " bytes)";
        }
    }

    private CompressionVectors() {
    }

    /** The cases of compression {@code type} in the resource {@code resource} of {@code owner}'s loader. */
    public static List<Case> load(Class<?> owner, String resource, String type) throws IOException {
        Map<String, byte[]> payloads = new LinkedHashMap<>();
        List<Case> cases = new ArrayList<>();
        try (InputStream stream = owner.getResourceAsStream(resource)) {
            if (stream == null) {
                throw new IOException("missing resource " + resource);
            }
            BufferedReader reader = new BufferedReader(new InputStreamReader(stream, StandardCharsets.UTF_8));
            String line;
            int lineNo = 0;
            while ((line = reader.readLine()) != null) {
                lineNo++;
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                String[] f = line.split(" ", -1);
                if (f[0].equals("payload") && f.length == 3) {
                    payloads.put(f[1], HexFormat.of().parseHex(f[2]));
                } else if (f[0].equals("case") && f.length == 4) {
                    byte[] payload = payloads.get(f[2]);
                    if (payload == null) {
                        throw new IOException(resource + ":" + lineNo + ": case names unknown payload " + f[2]);
                    }
                    if (f[1].equals(type)) {
                        cases.add(new Case(f[1], f[2], payload, HexFormat.of().parseHex(f[3])));
                    }
                } else {
                    throw new IOException(resource + ":" + lineNo + ": cannot parse '"
                            + line.substring(0, Math.min(40, line.length())) + "'");
                }
            }
        }
        if (cases.isEmpty()) {
            throw new IOException(resource + " has no case of type " + type);
        }
        return cases;
    }
}
