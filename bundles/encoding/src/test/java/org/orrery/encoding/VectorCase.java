package org.orrery.encoding;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;

/**
 * One case of the official-library vectors in {@code src/test/resources/tsfile-vectors}: the
 * input values of one page, the bytes Apache TsFile 2.4.0 encoded them to, and the values its
 * decoder returned for those bytes (which differ from the input where the official codec is
 * lossy). See the README there for how the files were produced.
 */
final class VectorCase {
    final String encoding;
    final String kind;
    final String name;
    final int count;
    final List<String> in;
    final byte[] bytes;
    final List<String> out;

    private VectorCase(String encoding, String kind, String name, int count, List<String> in, byte[] bytes,
                       List<String> out) {
        this.encoding = encoding;
        this.kind = kind;
        this.name = name;
        this.count = count;
        this.in = in;
        this.bytes = bytes;
        this.out = out;
    }

    /** True if the official decoder gave back exactly what the official encoder was given. */
    boolean officialIsLossless() {
        return in.equals(out);
    }

    @Override
    public String toString() {
        return encoding + " " + kind + " " + name + " (" + count + " values)";
    }

    static List<VectorCase> load(String file) throws IOException {
        String resource = "/tsfile-vectors/" + file + ".txt";
        List<VectorCase> cases = new ArrayList<>();
        try (InputStream stream = VectorCase.class.getResourceAsStream(resource)) {
            if (stream == null) {
                throw new IOException("missing test resource " + resource);
            }
            BufferedReader reader = new BufferedReader(new InputStreamReader(stream, StandardCharsets.UTF_8));
            String line;
            while ((line = reader.readLine()) != null) {
                if (line.startsWith("#") || line.isBlank()) {
                    continue;
                }
                String[] head = line.split(" ");
                if (!head[0].equals("case")) {
                    throw new IOException(resource + ": expected a case line, got " + line);
                }
                List<String> in = tokens(field(reader.readLine(), "in"));
                byte[] bytes = HexFormat.of().parseHex(field(reader.readLine(), "bytes"));
                List<String> out = tokens(field(reader.readLine(), "out"));
                cases.add(new VectorCase(head[1], head[2], head[3], Integer.parseInt(head[4]), in, bytes, out));
            }
        }
        return cases;
    }

    private static String field(String line, String name) throws IOException {
        if (line == null || !(line.equals(name) || line.startsWith(name + " "))) {
            throw new IOException("expected a '" + name + "' line, got " + line);
        }
        return line.length() > name.length() ? line.substring(name.length() + 1) : "";
    }

    /** Splits a value line, expanding the {@code token*n} shorthand for n repetitions. */
    private static List<String> tokens(String line) {
        List<String> result = new ArrayList<>();
        if (line.isEmpty()) {
            return result;
        }
        for (String t : line.split(" ")) {
            int star = t.lastIndexOf('*');
            if (star > 0) {
                String v = t.substring(0, star);
                int n = Integer.parseInt(t.substring(star + 1));
                for (int i = 0; i < n; i++) {
                    result.add(v);
                }
            } else {
                result.add(t);
            }
        }
        return result;
    }
}
