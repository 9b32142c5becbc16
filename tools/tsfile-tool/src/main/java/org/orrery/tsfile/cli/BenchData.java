package org.orrery.tsfile.cli;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * The data a benchmark writes: timestamps plus one double column per sensor, with the
 * order-independent check value the read must reproduce. Either the oracle's synthetic workload
 * (identical generator, so both libraries write the same numbers) or the numeric columns of a
 * CSV file such as ETTh1.
 */
final class BenchData {
    final String source;
    final long[] times;
    final double[][] values;
    final List<String> names;
    final long checkHash;

    private BenchData(String source, long[] times, double[][] values, List<String> names) {
        this.source = source;
        this.times = times;
        this.values = values;
        this.names = names;
        long h = 0;
        for (double[] column : values) {
            for (int i = 0; i < times.length; i++) {
                h += mix(times[i], Double.doubleToRawLongBits(column[i]));
            }
        }
        this.checkHash = h;
    }

    int rows() {
        return times.length;
    }

    long points() {
        return (long) times.length * values.length;
    }

    /**
     * The oracle's bench data: timestamps {@code 1 700 000 000 000 + i * 1000}; sensor s a
     * Gaussian random walk from {@code 20 + s} with steps {@code N(0,1) * 0.1} drawn from
     * {@code new Random(seed + s)}, optionally rounded to {@code decimals} (the walk itself is not).
     */
    static BenchData randomWalk(int rows, int sensors, long seed, int decimals) {
        long[] times = new long[rows];
        for (int i = 0; i < rows; i++) {
            times[i] = 1_700_000_000_000L + i * 1000L;
        }
        double[][] values = new double[sensors][rows];
        List<String> names = new ArrayList<>();
        for (int s = 0; s < sensors; s++) {
            Random r = new Random(seed + s);
            double v = 20.0 + s;
            double scale = Math.pow(10, decimals);
            for (int i = 0; i < rows; i++) {
                v += r.nextGaussian() * 0.1;
                values[s][i] = decimals < 0 ? v : Math.round(v * scale) / scale;
            }
            names.add("s" + s);
        }
        return new BenchData("random walk seed=" + seed + (decimals < 0 ? "" : " decimals=" + decimals),
                times, values, names);
    }

    /** The numeric columns of a wide CSV whose first column is the time (ETTh1: {@code date,HUFL,...}). */
    static BenchData csv(Path file) throws IOException {
        List<double[]> rows = new ArrayList<>();
        List<String> names = new ArrayList<>();
        List<Long> times = new ArrayList<>();
        try (InputStream in = Files.newInputStream(file); CsvReader reader = new CsvReader(in, file.toString())) {
            CsvReader.Record header = reader.next();
            if (header == null) {
                throw new IOException(file + " is empty");
            }
            for (int i = 1; i < header.size(); i++) {
                names.add(header.get(i).trim());
            }
            for (CsvReader.Record r = reader.next(); r != null; r = reader.next()) {
                if (r.size() != header.size()) {
                    throw new IOException(file + " line " + r.line + " has " + r.size() + " fields, header "
                            + header.size());
                }
                times.add(CsvValues.parseTime(r.get(0), ZoneId.of("UTC")));
                double[] row = new double[names.size()];
                for (int i = 0; i < row.length; i++) {
                    row[i] = Double.parseDouble(r.get(i + 1).trim());
                }
                rows.add(row);
            }
        }
        long[] t = new long[times.size()];
        double[][] values = new double[names.size()][times.size()];
        for (int i = 0; i < t.length; i++) {
            t[i] = times.get(i);
            for (int s = 0; s < names.size(); s++) {
                values[s][i] = rows.get(i)[s];
            }
        }
        return new BenchData(file.getFileName().toString(), t, values, names);
    }

    /** The oracle's per-point mix: summed over all points it checks a read regardless of order. */
    static long mix(long t, long bits) {
        long x = t * 0x9E3779B97F4A7C15L ^ bits;
        x ^= (x >>> 31);
        x *= 0xBF58476D1CE4E5B9L;
        return x ^ (x >>> 29);
    }
}
