package org.orrery.encoding;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.Arrays;
import java.util.zip.CRC32;
import org.orrery.codec.api.ByteSink;
import org.orrery.encoding.gorilla.DoubleGorillaDecoder;
import org.orrery.encoding.gorilla.DoubleGorillaEncoder;
import org.orrery.encoding.ts2diff.LongTs2DiffDecoder;
import org.orrery.encoding.ts2diff.LongTs2DiffEncoder;

/**
 * Encode throughput of the two hottest flush-path codecs, on the same data as
 * {@link DecodeBenchmark}: GORILLA DOUBLE (a random walk) and TS_2DIFF INT64 (timestamps). Not a
 * unit test (no assertions on time); run by hand, see BENCHMARK.md. Each run encodes every page of
 * {@link DecodeBenchmark#PAGE} points into one reused sink, as a flush does; the best of
 * {@link #RUNS} runs is reported with the encoding thread's CPU time, because the machine is
 * shared. The CRC-32 of all encoded bytes is printed so runs of different builds can be checked
 * for identical output, and the last page is decoded and compared with the input.
 */
public final class EncodeBenchmark {
    private static final int RUNS = 5;

    private EncodeBenchmark() {
    }

    public static void main(String[] args) {
        double[] walk = new double[DecodeBenchmark.POINTS];
        long[] times = new long[DecodeBenchmark.POINTS];
        DecodeBenchmark.generate(walk, times);
        int pages = DecodeBenchmark.POINTS / DecodeBenchmark.PAGE;
        DoubleGorillaEncoder gorillaEncoder = new DoubleGorillaEncoder();
        LongTs2DiffEncoder ts2diffEncoder = new LongTs2DiffEncoder();
        ByteSink sink = new ByteSink(1 << 20);
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        long processCpuStart = DecodeBenchmark.processCpuNanos();
        for (String codec : new String[] {"GORILLA DOUBLE", "TS_2DIFF INT64"}) {
            boolean gorilla = codec.startsWith("GORILLA");
            long bestWall = Long.MAX_VALUE;
            long bestCpu = Long.MAX_VALUE;
            long bytes = 0;
            CRC32 crc = new CRC32();
            for (int run = 0; run < RUNS; run++) {
                bytes = 0;
                crc.reset();
                long cpu0 = threads.getCurrentThreadCpuTime();
                long wall0 = System.nanoTime();
                for (int p = 0; p < pages; p++) {
                    sink.reset();
                    if (gorilla) {
                        gorillaEncoder.encode(walk, p * DecodeBenchmark.PAGE, DecodeBenchmark.PAGE, sink);
                    } else {
                        ts2diffEncoder.encode(times, p * DecodeBenchmark.PAGE, DecodeBenchmark.PAGE, sink);
                    }
                    bytes += sink.size();
                    // Checksumming is part of every run, so it is in both before and after timings.
                    crc.update(sink.array(), 0, sink.size());
                }
                long wall = System.nanoTime() - wall0;
                long cpu = threads.getCurrentThreadCpuTime() - cpu0;
                bestWall = Math.min(bestWall, wall);
                bestCpu = Math.min(bestCpu, cpu);
            }
            // The sink holds the last page: it must decode to the input, so a broken encoder cannot look fast.
            int from = (pages - 1) * DecodeBenchmark.PAGE;
            int to = from + DecodeBenchmark.PAGE;
            boolean same;
            if (gorilla) {
                double[] decoded = new double[DecodeBenchmark.PAGE];
                new DoubleGorillaDecoder().decode(sink.asByteBuffer(), decoded, 0, DecodeBenchmark.PAGE);
                same = Arrays.equals(decoded, 0, DecodeBenchmark.PAGE, walk, from, to);
            } else {
                long[] decoded = new long[DecodeBenchmark.PAGE];
                new LongTs2DiffDecoder().decode(sink.asByteBuffer(), decoded, 0, DecodeBenchmark.PAGE);
                same = Arrays.equals(decoded, 0, DecodeBenchmark.PAGE, times, from, to);
            }
            if (!same) {
                throw new IllegalStateException(codec + " last page does not decode to its input");
            }
            System.out.printf("%s: %d bytes, CRC-32 %08x; best of %d wall %.1f ms = %.1f M points/s;"
                    + " best thread CPU %.1f ms = %.1f M points/s%n", codec, bytes, crc.getValue(), RUNS,
                    bestWall / 1e6, DecodeBenchmark.POINTS / (bestWall / 1e3), bestCpu / 1e6,
                    DecodeBenchmark.POINTS / (bestCpu / 1e3));
        }
        System.out.printf("process CPU during encoding runs: %.1f ms%n",
                (DecodeBenchmark.processCpuNanos() - processCpuStart) / 1e6);
    }
}
