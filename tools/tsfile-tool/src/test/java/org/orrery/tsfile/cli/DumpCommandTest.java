package org.orrery.tsfile.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code dump} of files written by the official library equals what the oracle says they hold:
 * the generator's expected dump (not a reading of the file) for the v4 samples, the official
 * reader's dump for the v3 and table-model files.
 */
class DumpCommandTest {
    @TempDir
    Path dir;

    @Test
    void officialSampleEqualsTheOraclesExpectedDump() {
        Cli r = Cli.run("dump", Cli.fixture("sample.tsfile", dir).toString());
        assertEquals(0, r.exit, r.toString());
        List<String> expected = Cli.canonical(Cli.fixtureText("sample.expected.dump.gz"));
        assertEquals(101_030, expected.size());
        assertEquals(expected, r.canonical());
        assertEquals("", r.err);
        // The oracle's README: 60 chunks, 101 007 points; the expected dump lists 19 series and one aligned device.
        assertTrue(r.out.contains("\n# verify: statistics of 60 chunks and 19 series (+1 aligned time columns) equal"
                + " the ones recomputed from 101007 decoded points; timestamps strictly increase; the bloom filter has"
                + " every series\n"), r.out.substring(0, 600));
    }

    @Test
    void extendedSampleSeriesAndSummaryLinesMatch() {
        Cli r = Cli.run("dump", Cli.fixture("sample-extended.tsfile", dir).toString(), "--no-points");
        assertEquals(0, r.exit, r.toString());
        assertEquals(Cli.canonical(Cli.fixtureText("sample-extended.expected-series.dump")), r.canonical());
    }

    @Test
    void v3AndTableModelFilesReadAsTheOfficialReaderReadsThem() {
        for (String name : List.of("v3", "table-model")) {
            Cli r = Cli.run("dump", Cli.fixture(name + ".tsfile", dir).toString());
            assertEquals(0, r.exit, name + ": " + r);
            assertEquals(Cli.canonical(Cli.fixtureText(name + ".oracle-dump.gz")), r.canonical(), name);
        }
    }

    @Test
    void noPointsPrintsOnlyDeviceSeriesAndSummaryLines() {
        Cli r = Cli.run("dump", Cli.fixture("v3.tsfile", dir).toString(), "--no-points");
        List<String> withoutPoints = Cli.canonical(Cli.fixtureText("v3.oracle-dump.gz")).stream()
                .filter(l -> !l.startsWith("  ")).collect(Collectors.toList());
        assertEquals(withoutPoints, r.canonical());
    }

    @Test
    void missingFileIsExitTwoWithOneLine() {
        Cli r = Cli.run("dump", dir.resolve("absent.tsfile").toString());
        assertEquals(2, r.exit);
        assertEquals(1, r.err.lines().count(), r.err);
        assertTrue(r.err.startsWith("ERROR: ") && r.err.contains("no such file"), r.err);
        assertTrue(r.err.contains("absent.tsfile"), r.err);
    }

    @Test
    void usageErrorsExitOne() {
        Cli unknownOption = Cli.run("dump", "x.tsfile", "--bogus");
        assertEquals(1, unknownOption.exit);
        assertTrue(unknownOption.err.contains("unknown option --bogus"), unknownOption.err);
        Cli noFile = Cli.run("dump");
        assertEquals(1, noFile.exit);
        assertTrue(noFile.err.contains("dump needs FILE"), noFile.err);
        Cli unknownCommand = Cli.run("frobnicate");
        assertEquals(1, unknownCommand.exit);
        assertFalse(unknownCommand.err.contains("\tat "), unknownCommand.err);
    }
}
