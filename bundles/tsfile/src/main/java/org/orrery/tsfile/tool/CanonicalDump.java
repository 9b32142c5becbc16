package org.orrery.tsfile.tool;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.orrery.tsfile.CorruptTsFileException;
import org.orrery.tsfile.read.AlignedBatch;
import org.orrery.tsfile.read.AlignedReader;
import org.orrery.tsfile.read.Column;
import org.orrery.tsfile.read.DeviceInfo;
import org.orrery.tsfile.read.SeriesBatch;
import org.orrery.tsfile.read.SeriesInfo;
import org.orrery.tsfile.read.SeriesReader;
import org.orrery.tsfile.read.TimeRange;
import org.orrery.tsfile.read.TsFileReader;

/**
 * Prints a file's logical content in "canonical dump format 1" of the TsFile compatibility
 * oracle, so the lines can be diffed against the official library's view of the same file:
 *
 * <pre>
 * device &lt;id&gt; aligned=&lt;true|false&gt;[ rows=&lt;N&gt;]           devices sorted by id text
 * series &lt;id&gt; &lt;measurement&gt; &lt;TYPE&gt; count=&lt;N&gt; sha256=&lt;hex&gt;   measurements sorted by name
 *   &lt;time&gt; &lt;value&gt;                                  one per non-null point, in storage order
 * summary devices=&lt;D&gt; series=&lt;S&gt; points=&lt;P&gt; sha256=&lt;hex&gt;
 * </pre>
 *
 * Lines starting with {@code #} are informational. {@code rows} counts an aligned device's time
 * rows including all-null rows. The series hash is {@link SeriesDigest}'s; the summary hash is
 * SHA-256 over, per device, UTF-8 {@code "D"+id+"\n"+("A"|"N")+"\n"} (+ {@code "rows="+N+"\n"}
 * if aligned) and per series UTF-8 {@code "S"+name+"\n"+TYPE+"\n"+count+"\n"} followed by the
 * 32 raw bytes of its hash. Values print as {@code true/false}, decimal integers (DATE as its
 * {@code yyyyMMdd} int), Java {@code Float.toString}/{@code Double.toString}, TEXT/STRING
 * JSON-quoted, BLOB as {@code 0x} + hex.
 *
 * <p>Each series is read twice when points are printed (once for its hash, which precedes the
 * points), so memory stays bounded by a page whatever the file size.
 */
public final class CanonicalDump {
    private CanonicalDump() {
    }

    /** Writes the dump of {@code reader}'s file to {@code out}. */
    public static DumpSummary write(TsFileReader reader, Appendable out, boolean printPoints) throws IOException {
        out.append("# orrery-tsfile dump format 1\n");
        out.append("# file=").append(reader.name()).append(" bytes=").append(Long.toString(reader.fileSize()))
                .append(" version=").append(Integer.toString(reader.version())).append(" metaOffset=")
                .append(Long.toString(reader.metaOffset())).append(" tables=").append(reader.tables().toString())
                .append(" bloomFilter=").append(Boolean.toString(reader.hasBloomFilter())).append('\n');
        MessageDigest fileDigest = SeriesDigest.newSha256();
        List<DeviceInfo> devices = new ArrayList<>(reader.devices());
        devices.sort(Comparator.comparing(d -> d.id().toString()));
        long seriesCount = 0;
        long points = 0;
        StringBuilder line = new StringBuilder(128);
        for (DeviceInfo d : devices) {
            String id = d.id().toString();
            StringBuilder head = new StringBuilder("D").append(id).append('\n').append(d.isAligned() ? 'A' : 'N')
                    .append('\n');
            line.setLength(0);
            line.append("device ").append(id).append(" aligned=").append(d.isAligned());
            if (d.isAligned()) {
                requireInBloomFilter(reader, d, "");
                long rows = countRows(reader, d);
                head.append("rows=").append(rows).append('\n');
                line.append(" rows=").append(rows);
            }
            fileDigest.update(head.toString().getBytes(StandardCharsets.UTF_8));
            out.append(line).append('\n');
            List<SeriesInfo> series = new ArrayList<>(reader.series(d.id()));
            series.sort(Comparator.comparing(SeriesInfo::measurement));
            for (SeriesInfo s : series) {
                requireInBloomFilter(reader, d, s.measurement());
                SeriesDigest digest = new SeriesDigest();
                SeriesReader sr = reader.readSeries(d.id(), s.measurement(), TimeRange.ALL);
                for (SeriesBatch b = sr.next(); b != null; b = sr.next()) {
                    digest.add(b);
                }
                byte[] hash = digest.finish();
                fileDigest.update(("S" + s.measurement() + "\n" + s.type().name() + "\n" + digest.count() + "\n")
                        .getBytes(StandardCharsets.UTF_8));
                fileDigest.update(hash);
                seriesCount++;
                points += digest.count();
                out.append("series ").append(id).append(' ').append(s.measurement()).append(' ')
                        .append(s.type().name()).append(" count=").append(Long.toString(digest.count()))
                        .append(" sha256=").append(ValueText.hex(hash)).append('\n');
                if (printPoints) {
                    printPoints(reader, d, s, out, line);
                }
            }
        }
        DumpSummary summary = new DumpSummary(devices.size(), seriesCount, points, ValueText.hex(fileDigest.digest()));
        out.append(summary.toString()).append('\n');
        return summary;
    }

    /**
     * Reads consult the bloom filter first, so a filter that lacks a series the index lists would
     * silently hide its data: report that as corruption instead.
     */
    private static void requireInBloomFilter(TsFileReader reader, DeviceInfo d, String measurement)
            throws CorruptTsFileException {
        if (!reader.mayContain(d.id(), measurement)) {
            throw new CorruptTsFileException(reader.name() + ": the bloom filter does not contain " + d.id() + "."
                    + measurement + ", which the index lists", -1);
        }
    }

    private static long countRows(TsFileReader reader, DeviceInfo d) throws IOException {
        long rows = 0;
        AlignedReader ar = reader.readAligned(d.id(), List.of(), TimeRange.ALL);
        for (AlignedBatch b = ar.next(); b != null; b = ar.next()) {
            rows += b.size();
        }
        return rows;
    }

    private static void printPoints(TsFileReader reader, DeviceInfo d, SeriesInfo s, Appendable out,
                                    StringBuilder line) throws IOException {
        SeriesReader sr = reader.readSeries(d.id(), s.measurement(), TimeRange.ALL);
        for (SeriesBatch b = sr.next(); b != null; b = sr.next()) {
            long[] times = b.times();
            Column c = b.values();
            for (int i = 0; i < b.size(); i++) {
                line.setLength(0);
                line.append("  ").append(times[i]).append(' ');
                appendValue(line, c, i);
                out.append(line).append('\n');
            }
        }
    }

    private static void appendValue(StringBuilder sb, Column c, int i) {
        switch (c.type()) {
            case BOOLEAN:
                sb.append(c.booleans()[i]);
                break;
            case INT32:
            case DATE:
                sb.append(c.ints()[i]);
                break;
            case INT64:
            case TIMESTAMP:
                sb.append(c.longs()[i]);
                break;
            case FLOAT:
                sb.append(Float.toString(c.floats()[i]));
                break;
            case DOUBLE:
                sb.append(Double.toString(c.doubles()[i]));
                break;
            case BLOB:
                sb.append("0x");
                ValueText.hex(sb, c.binaries()[i]);
                break;
            default:
                ValueText.quoted(sb, c.binaries()[i]);
        }
    }
}
