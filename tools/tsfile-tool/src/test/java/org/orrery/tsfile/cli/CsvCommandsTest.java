package org.orrery.tsfile.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code import-csv} / {@code export-csv}: both layouts, type inference and declaration, round trips. */
class CsvCommandsTest {
    @TempDir
    Path dir;

    private Path csv(String name, String content) throws IOException {
        Path p = dir.resolve(name);
        Files.writeString(p, content);
        return p;
    }

    private List<String> dumpLines(Path tsfile) {
        Cli d = Cli.run("dump", tsfile.toString());
        assertEquals(0, d.exit, d.toString());
        return d.canonical();
    }

    /** Series lines without the hash (for readable expectations), plus the point lines. */
    private static List<String> withoutHashes(List<String> lines) {
        return lines.stream().filter(l -> !l.startsWith("summary"))
                .map(l -> l.replaceAll(" sha256=[0-9a-f]+", "")).collect(Collectors.toList());
    }

    @Test
    void longLayoutInfersTypesAndMergesRecordsOfOneInstant() throws IOException {
        Path in = csv("long.csv", "time,device,measurement,value\n"
                + "1000,root.sg.d1,temp,20.5\n"
                + "1000,root.sg.d1,on,true\n"
                + "2000,root.sg.d1,temp,21\n"
                + "2000,root.sg.d1,count,7\n"
                + "3000,root.sg.d1,count,-8\n"
                + "1000,root.sg.d2,note,\"a,b \"\"q\"\"\"\n"
                + "2000,root.sg.d2,note,\n"
                + "3000,root.sg.d2,note,\"\"\n");
        Path out = dir.resolve("long.tsfile");
        Cli r = Cli.run("import-csv", in.toString(), out.toString());
        assertEquals(0, r.exit, r.toString());
        assertTrue(r.out.startsWith("imported records=8 devices=2 series=4 points=7"), r.out);
        assertEquals(List.of(
                "device root.sg.d1 aligned=false",
                "series root.sg.d1 count INT64 count=2", "  2000 7", "  3000 -8",
                "series root.sg.d1 on BOOLEAN count=1", "  1000 true",
                "series root.sg.d1 temp DOUBLE count=2", "  1000 20.5", "  2000 21.0",
                "device root.sg.d2 aligned=false",
                "series root.sg.d2 note TEXT count=2", "  1000 \"a,b \\\"q\\\"\"", "  3000 \"\""),
                withoutHashes(dumpLines(out)));
    }

    @Test
    void wideLayoutWithTypedHeaderIsoTimesAndNulls() throws IOException {
        Path in = csv("wide.csv", "Time,root.a.d1.x(INT32),root.a.d1.y(FLOAT),root.a.d2.day(DATE),root.a.d2.b(BLOB)\n"
                + "2016-07-01 00:00:00,1,0.5,2024-02-29,0x00ff\n"
                + "2016-07-01T01:00:00Z,,NaN,,\n"
                + "2016-07-01 03:00:00+01:00,3,,20240301,0x\n");
        Path out = dir.resolve("wide.tsfile");
        Cli r = Cli.run("import-csv", in.toString(), out.toString(), "--aligned");
        assertEquals(0, r.exit, r.toString());
        // 2016-07-01T00:00Z = 1467331200000 ms; 03:00+01:00 is 02:00Z
        assertEquals(List.of(
                "device root.a.d1 aligned=true rows=3",
                "series root.a.d1 x INT32 count=2", "  1467331200000 1", "  1467338400000 3",
                "series root.a.d1 y FLOAT count=2", "  1467331200000 0.5", "  1467334800000 NaN",
                "device root.a.d2 aligned=true rows=2",
                "series root.a.d2 b BLOB count=2", "  1467331200000 0x00ff", "  1467338400000 0x",
                "series root.a.d2 day DATE count=2", "  1467331200000 20240229", "  1467338400000 20240301"),
                withoutHashes(dumpLines(out)));
    }

    @Test
    void typesOptionOverridesInference() throws IOException {
        Path in = csv("t.csv", "Time,root.s.d.a,root.s.d.b\n1,5,6\n2,7,8\n");
        Path out = dir.resolve("t.tsfile");
        Cli r = Cli.run("import-csv", in.toString(), out.toString(), "--types", "root.s.d.a=INT32,b=TEXT",
                "--encoding", "RLE", "--compressor", "GZIP");
        assertEquals(0, r.exit, r.toString());
        assertTrue(r.out.contains("# root.s.d.b TEXT uses the default encoding: RLE is not allowed for TEXT"), r.out);
        List<String> lines = withoutHashes(dumpLines(out));
        assertTrue(lines.contains("series root.s.d a INT32 count=2"), lines.toString());
        assertTrue(lines.contains("series root.s.d b TEXT count=2"), lines.toString());
        assertTrue(lines.contains("  2 \"8\""), lines.toString());
    }

    @Test
    void exportThenImportGivesTheSameSeriesInBothLayouts() {
        Path source = Cli.fixture("sample-extended.tsfile", dir);
        List<String> originalSeries = seriesLines(source);
        for (String layout : List.of("wide", "long")) {
            Path csv = dir.resolve("export-" + layout + ".csv");
            Cli e = Cli.run("export-csv", source.toString(), csv.toString(), "--layout", layout);
            assertEquals(0, e.exit, layout + ": " + e);
            assertTrue(e.out.startsWith("exported points=123807"), e.out);
            Path back = dir.resolve("back-" + layout + ".tsfile");
            Cli i = Cli.run("import-csv", csv.toString(), back.toString());
            assertEquals(0, i.exit, layout + ": " + i);
            assertEquals(originalSeries, seriesLines(back), layout);
        }
    }

    private static List<String> seriesLines(Path tsfile) {
        Cli d = Cli.run("dump", tsfile.toString(), "--no-points");
        assertEquals(0, d.exit, d.toString());
        return d.canonical().stream().filter(l -> l.startsWith("series ")).collect(Collectors.toList());
    }

    @Test
    void exportToStdoutLongLayout() throws IOException {
        Path in = csv("s.csv", "time,device,measurement,value\n1,root.q.d,v,1.5\n2,root.q.d,v,-0.0\n");
        Path ts = dir.resolve("s.tsfile");
        assertEquals(0, Cli.run("import-csv", in.toString(), ts.toString()).exit);
        Cli e = Cli.run("export-csv", ts.toString(), "-", "--layout", "long");
        assertEquals(0, e.exit, e.toString());
        assertEquals("time,device,measurement,datatype,value\n1,root.q.d,v,DOUBLE,1.5\n2,root.q.d,v,DOUBLE,-0.0\n", e.out);
        Cli noTypes = Cli.run("export-csv", ts.toString(), "-", "--no-types");
        assertEquals("Time,root.q.d.v\n1,1.5\n2,-0.0\n", noTypes.out);
    }

    @Test
    void badCsvNamesTheLine() throws IOException {
        Cli fields = Cli.run("import-csv", csv("f.csv", "Time,root.a.b.c\n1,2\n2,3,4\n").toString(),
                dir.resolve("f.tsfile").toString());
        assertEquals(1, fields.exit);
        assertTrue(fields.err.contains("line 3: has 3 fields, the header has 2"), fields.err);

        Cli value = Cli.run("import-csv", csv("v.csv", "Time,root.a.b.c(INT32)\n1,2\n2,x\n").toString(),
                dir.resolve("v.tsfile").toString());
        assertEquals(1, value.exit);
        assertTrue(value.err.contains("line 3: 'x' is not a INT32 value"), value.err);

        Cli order = Cli.run("import-csv", csv("o.csv", "Time,root.a.b.c\n5,1\n4,2\n").toString(),
                dir.resolve("o.tsfile").toString());
        assertEquals(1, order.exit);
        assertTrue(order.err.contains("increasing time order"), order.err);
        assertTrue(Files.notExists(dir.resolve("o.tsfile")), "a failed import leaves no file");

        Cli header = Cli.run("import-csv", csv("h.csv", "when,root.a.b.c\n1,2\n").toString(),
                dir.resolve("h.tsfile").toString());
        assertEquals(1, header.exit);
        assertTrue(header.err.contains("header must start with Time"), header.err);
    }
}
