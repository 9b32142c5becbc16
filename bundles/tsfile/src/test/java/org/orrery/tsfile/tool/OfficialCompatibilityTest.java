package org.orrery.tsfile.tool;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.fail;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.GZIPInputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.orrery.tsfile.read.TsFileReader;
import org.orrery.tsfile.testing.OracleSample;
import org.orrery.tsfile.testing.TestCodecs;

/**
 * Compatibility with the official Apache TsFile library (2.4.0 for v4, 1.0.0 for v3), checked
 * against files and dumps produced by the tsfile-oracle tool and committed as test resources
 * (see src/test/resources/oracle/README.md): the canonical dump of an official file, read by
 * Orrery, must equal the oracle's expectation line for line; and Orrery's own file with the
 * sample's data must have exactly the same canonical content.
 */
class OfficialCompatibilityTest {
    @TempDir
    Path dir;

    private Path resource(String name) throws IOException {
        Path p = dir.resolve(name);
        try (InputStream in = getClass().getResourceAsStream("/oracle/" + name)) {
            if (in == null) {
                throw new IOException("missing test resource oracle/" + name);
            }
            Files.copy(in, p, StandardCopyOption.REPLACE_EXISTING);
        }
        return p;
    }

    private List<String> resourceLines(String name) throws IOException {
        InputStream in = getClass().getResourceAsStream("/oracle/" + name);
        if (in == null) {
            throw new IOException("missing test resource oracle/" + name);
        }
        if (name.endsWith(".gz")) {
            in = new GZIPInputStream(in);
        }
        try (BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            return canonical(r);
        }
    }

    private static List<String> canonical(BufferedReader r) throws IOException {
        List<String> lines = new ArrayList<>();
        for (String l = r.readLine(); l != null; l = r.readLine()) {
            if (!l.startsWith("#")) {
                lines.add(l);
            }
        }
        return lines;
    }

    private static List<String> dump(Path file, boolean points) throws IOException {
        StringBuilder out = new StringBuilder();
        try (TsFileReader r = TsFileReader.open(file, TestCodecs.registry())) {
            CanonicalDump.write(r, out, points);
        }
        return canonical(new BufferedReader(new StringReader(out.toString())));
    }

    private static void assertSameLines(List<String> expected, List<String> actual) {
        int n = Math.min(expected.size(), actual.size());
        for (int i = 0; i < n; i++) {
            if (!expected.get(i).equals(actual.get(i))) {
                fail("canonical line " + (i + 1) + " differs:\n expected: " + expected.get(i) + "\n actual:   "
                        + actual.get(i));
            }
        }
        assertEquals(expected.size(), actual.size(), "number of canonical lines");
    }

    private static void assumeSampleCodecs() {
        for (String e : List.of("PLAIN", "RLE", "TS_2DIFF", "GORILLA", "ZIGZAG", "CHIMP", "SPRINTZ", "RLBE",
                "DICTIONARY")) {
            assumeTrue(TestCodecs.hasEncoding(e), "encoding " + e + " not available");
        }
        for (String c : List.of("UNCOMPRESSED", "SNAPPY", "GZIP", "LZ4", "ZSTD", "LZMA2")) {
            assumeTrue(TestCodecs.hasCompressor(c), "compressor " + c + " not available");
        }
    }

    @Test
    void officialV4SampleReadsExactlyAsTheOracleExpects() throws IOException {
        assumeSampleCodecs();
        assertSameLines(resourceLines("sample.expected.dump.gz"), dump(resource("sample.tsfile"), true));
    }

    @Test
    void officialExtendedSampleHasTheExpectedSeriesHashes() throws IOException {
        assumeSampleCodecs();
        // TIMESTAMP, DATE, STRING and BLOB series; the committed expectation keeps the device,
        // series and summary lines, whose hashes cover every point.
        assertSameLines(resourceLines("sample-extended.expected-series.dump"),
                dump(resource("sample-extended.tsfile"), false));
    }

    @Test
    void officialV3FileReadsAsTheOracleDumpsIt() throws IOException {
        assumeSampleCodecs();
        Path v3 = resource("v3.tsfile");
        try (TsFileReader r = TsFileReader.open(v3, TestCodecs.registry())) {
            assertEquals(3, r.version());
        }
        assertSameLines(resourceLines("v3.oracle-dump.gz"), dump(v3, true));
    }

    @Test
    void officialTableModelFileReadsAsTheOracleDumpsIt() throws IOException {
        Path table = resource("table-model.tsfile");
        try (TsFileReader r = TsFileReader.open(table, TestCodecs.registry())) {
            assertEquals(List.of("weather"), r.tables());
            assertEquals("weather.north.p1", r.devices().get(0).id().toString());
            assertEquals(3, r.devices().get(0).id().segmentCount());
        }
        assertSameLines(resourceLines("table-model.oracle-dump.gz"), dump(table, true));
    }

    @Test
    void orreryWritesTheSampleDataWithTheSameCanonicalContent() throws IOException {
        assumeSampleCodecs();
        Path ours = dir.resolve("orrery-sample.tsfile");
        OracleSample.write(ours, false, OracleSample.sampleOptions());
        assertSameLines(resourceLines("sample.expected.dump.gz"), dump(ours, true));
    }

    @Test
    void orreryWritesTheExtendedSampleWithTheSameCanonicalContent() throws IOException {
        assumeSampleCodecs();
        Path ours = dir.resolve("orrery-sample-extended.tsfile");
        OracleSample.write(ours, true, OracleSample.sampleOptions());
        assertSameLines(resourceLines("sample-extended.expected-series.dump"), dump(ours, false));
    }
}
