package org.orrery.tsfile.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import org.orrery.common.type.DataType;
import org.orrery.tsfile.DeviceId;
import org.orrery.tsfile.read.SeriesBatch;
import org.orrery.tsfile.read.SeriesReader;
import org.orrery.tsfile.read.TimeRange;
import org.orrery.tsfile.read.TsFileReader;
import org.orrery.tsfile.write.MeasurementSchema;
import org.orrery.tsfile.write.Tablet;
import org.orrery.tsfile.write.TsFileWriter;
import org.orrery.tsfile.write.WriterOptions;

/**
 * {@code bench}: write and full-read throughput and bytes per point of Orrery's TsFile library on
 * the oracle's workload (same generator and options as {@code tsfile-oracle bench}: one device,
 * DOUBLE sensors, TS_2DIFF time, 1 024-row tablets, timed from writer creation to close, which
 * writes the index and fsyncs) or on the numeric columns of a CSV ({@code --csv ETTh1.csv}).
 * The read decodes every page of every series and must return exactly the data written
 * (count and an order-independent hash; exit 3 otherwise).
 */
final class BenchCommand implements Command {
    @Override
    public String name() {
        return "bench";
    }

    @Override
    public String usage() {
        return "bench [--rows N] [--sensors K] [--csv FILE] [--encoding E] [--compressor C] [--repeat R]"
                + " [--tablet-rows T] [--seed S] [--decimals D] [--aligned] [--out FILE] [--keep]";
    }

    @Override
    public int run(List<String> argv, Console console) throws UsageException, CommandException {
        Args a = Args.parse(name(), argv, Set.of("--rows", "--sensors", "--csv", "--encoding", "--compressor",
                "--repeat", "--tablet-rows", "--seed", "--decimals", "--out"), Set.of("--aligned", "--keep"));
        a.operands();
        int repeat = a.intOption("--repeat", 3, 1);
        int tabletRows = a.intOption("--tablet-rows", 1024, 1);
        String encoding = TsFiles.encodingName(console.codecs, a.option("--encoding", "GORILLA"));
        String compressor = TsFiles.compressorName(console.codecs, a.option("--compressor", "LZ4"));
        boolean aligned = a.flag("--aligned");
        Path out = Path.of(a.option("--out", System.getProperty("java.io.tmpdir") + "/orrery-tsfile-bench.tsfile"));
        BenchData data;
        try {
            data = a.option("--csv") != null ? BenchData.csv(Path.of(a.option("--csv")))
                    : BenchData.randomWalk(a.intOption("--rows", 1_000_000, 1), a.intOption("--sensors", 10, 1),
                            Long.parseLong(a.option("--seed", "42")), a.intOption("--decimals", -1, -1));
        } catch (IOException | RuntimeException e) {
            throw CommandException.failed("bench data: " + CommandException.describe(e), e);
        }
        console.out.printf("bench: data=%s rows=%d sensors=%d points=%d aligned=%s time=TS_2DIFF value=%s"
                        + " compressor=%s tablet=%d repeat=%d java=%s cpus=%d%n", data.source, data.rows(),
                data.values.length, data.points(), aligned, encoding, compressor, tabletRows, repeat,
                System.getProperty("java.version"), Runtime.getRuntime().availableProcessors());
        DeviceId device = DeviceId.parse("root.bench.d0");
        List<MeasurementSchema> schema = new ArrayList<>();
        for (String n : data.names) {
            schema.add(MeasurementSchema.of(n, DataType.DOUBLE, encoding, compressor));
        }
        double[] writeSec = new double[repeat];
        double[] readSec = new double[repeat];
        boolean allVerified = true;
        long bytes = 0;
        try {
            for (int rep = 0; rep < repeat; rep++) {
                Files.deleteIfExists(out);
                long w0 = System.nanoTime();
                write(out, console, device, schema, aligned, data, tabletRows);
                writeSec[rep] = (System.nanoTime() - w0) / 1e9;
                bytes = Files.size(out);
                console.out.printf("run %d write: %.3f s  %.0f points/s  file=%d bytes  %.4f bytes/point%n", rep + 1,
                        writeSec[rep], data.points() / writeSec[rep], bytes, bytes / (double) data.points());
                long r0 = System.nanoTime();
                long[] check = read(out, console, device, data.names);
                readSec[rep] = (System.nanoTime() - r0) / 1e9;
                boolean ok = check[0] == data.points() && check[1] == data.checkHash;
                allVerified &= ok;
                console.out.printf("run %d read(all pages decoded): %.3f s  %.0f points/s  points=%d %s%n", rep + 1,
                        readSec[rep], check[0] / readSec[rep], check[0], ok ? "verified" : "MISMATCH");
            }
            if (!a.flag("--keep")) {
                Files.deleteIfExists(out);
            }
        } catch (IOException e) {
            throw CommandException.failed("bench on " + out + ": " + CommandException.describe(e), e);
        }
        console.out.printf("summary: bytes/point=%.4f write median %.3f s (%.1f M points/s) best %.3f s (%.1f M"
                        + " points/s); read median %.3f s (%.1f M points/s) best %.3f s (%.1f M points/s); %s%n",
                bytes / (double) data.points(), median(writeSec), data.points() / median(writeSec) / 1e6,
                min(writeSec), data.points() / min(writeSec) / 1e6, median(readSec),
                data.points() / median(readSec) / 1e6, min(readSec), data.points() / min(readSec) / 1e6,
                allVerified ? "all reads verified" : "SOME READS DID NOT MATCH");
        return allVerified ? Main.EXIT_OK : Main.EXIT_MISMATCH;
    }

    private static void write(Path out, Console console, DeviceId device, List<MeasurementSchema> schema,
                              boolean aligned, BenchData data, int tabletRows) throws IOException {
        try (TsFileWriter w = TsFileWriter.create(out, console.codecs, WriterOptions.defaults())) {
            w.registerDevice(device, aligned, schema);
            Tablet t = new Tablet(device, schema, tabletRows);
            int rows = data.rows();
            for (int start = 0; start < rows; start += tabletRows) {
                int n = Math.min(tabletRows, rows - start);
                t.reset();
                System.arraycopy(data.times, start, t.times(), 0, n);
                for (int s = 0; s < schema.size(); s++) {
                    System.arraycopy(data.values[s], start, t.doubles(s), 0, n);
                }
                t.setRowCount(n);
                w.write(t);
            }
        }
    }

    /** Reads every series fully; returns {points, sum of the per-point mix}. */
    private static long[] read(Path file, Console console, DeviceId device, List<String> names) throws IOException {
        long points = 0;
        long hash = 0;
        try (TsFileReader r = TsFileReader.open(file, console.codecs)) {
            for (String name : names) {
                SeriesReader sr = r.readSeries(device, name, TimeRange.ALL);
                for (SeriesBatch b = sr.next(); b != null; b = sr.next()) {
                    long[] times = b.times();
                    double[] v = b.values().doubles();
                    int n = b.size();
                    for (int i = 0; i < n; i++) {
                        hash += BenchData.mix(times[i], Double.doubleToRawLongBits(v[i]));
                    }
                    points += n;
                }
            }
        }
        return new long[] {points, hash};
    }

    private static double median(double[] v) {
        double[] s = v.clone();
        Arrays.sort(s);
        return s.length % 2 == 1 ? s[s.length / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2;
    }

    private static double min(double[] v) {
        return Arrays.stream(v).min().orElse(Double.NaN);
    }
}
