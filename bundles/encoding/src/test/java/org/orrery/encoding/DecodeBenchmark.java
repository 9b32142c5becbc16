package org.orrery.encoding;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.ByteBuffer;
import java.util.SplittableRandom;
import org.orrery.codec.api.ByteSink;
import org.orrery.encoding.gorilla.DoubleGorillaDecoder;
import org.orrery.encoding.gorilla.DoubleGorillaEncoder;
import org.orrery.encoding.ts2diff.LongTs2DiffDecoder;
import org.orrery.encoding.ts2diff.LongTs2DiffEncoder;

/**
 * Decode throughput of the two hottest query-path codecs: GORILLA DOUBLE (a random walk) and
 * TS_2DIFF INT64 (timestamps). Not a unit test (no assertions on time); run by hand, see
 * BENCHMARK.md. Data is cut into pages of {@link #PAGE} points, as the storage engine writes them,
 * and each run decodes every page; the best of {@link #RUNS} runs is reported, with the decoding
 * thread's CPU time for that run because the machine is shared.
 */
public final class DecodeBenchmark {
    static final int POINTS = 10_000_000;
    static final int PAGE = 10_000;
    private static final int RUNS = 5;

    private DecodeBenchmark() {
    }

    public static void main(String[] args) {
        double[] walk = new double[POINTS];
        long[] times = new long[POINTS];
        generate(walk, times);
        ByteBuffer[] gorillaPages = new ByteBuffer[POINTS / PAGE];
        ByteBuffer[] ts2diffPages = new ByteBuffer[POINTS / PAGE];
        DoubleGorillaEncoder gorillaEncoder = new DoubleGorillaEncoder();
        LongTs2DiffEncoder ts2diffEncoder = new LongTs2DiffEncoder();
        long gorillaBytes = 0;
        long ts2diffBytes = 0;
        for (int p = 0; p < gorillaPages.length; p++) {
            ByteSink sink = new ByteSink();
            gorillaEncoder.encode(walk, p * PAGE, PAGE, sink);
            gorillaPages[p] = ByteBuffer.wrap(sink.toByteArray());
            gorillaBytes += sink.size();
            sink = new ByteSink();
            ts2diffEncoder.encode(times, p * PAGE, PAGE, sink);
            ts2diffPages[p] = ByteBuffer.wrap(sink.toByteArray());
            ts2diffBytes += sink.size();
        }
        System.out.printf("GORILLA DOUBLE: %d points in %d bytes; TS_2DIFF INT64: %d points in %d bytes%n",
                POINTS, gorillaBytes, POINTS, ts2diffBytes);

        double[] doubles = new double[PAGE];
        long[] longs = new long[PAGE];
        DoubleGorillaDecoder gorillaDecoder = new DoubleGorillaDecoder();
        LongTs2DiffDecoder ts2diffDecoder = new LongTs2DiffDecoder();
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        long processCpuStart = processCpuNanos();
        for (String codec : new String[] {"GORILLA DOUBLE", "TS_2DIFF INT64"}) {
            long bestWall = Long.MAX_VALUE;
            long bestCpu = Long.MAX_VALUE;
            double check = 0;
            for (int run = 0; run < RUNS; run++) {
                long cpu0 = threads.getCurrentThreadCpuTime();
                long wall0 = System.nanoTime();
                for (int p = 0; p < gorillaPages.length; p++) {
                    if (codec.startsWith("GORILLA")) {
                        ByteBuffer in = gorillaPages[p].duplicate();
                        gorillaDecoder.decode(in, doubles, 0, PAGE);
                        check += doubles[PAGE - 1];
                    } else {
                        ByteBuffer in = ts2diffPages[p].duplicate();
                        ts2diffDecoder.decode(in, longs, 0, PAGE);
                        check += longs[PAGE - 1];
                    }
                }
                long wall = System.nanoTime() - wall0;
                long cpu = threads.getCurrentThreadCpuTime() - cpu0;
                bestWall = Math.min(bestWall, wall);
                bestCpu = Math.min(bestCpu, cpu);
            }
            // Verify the last run decoded the right values, so a broken decoder cannot look fast.
            for (int p = gorillaPages.length - 1; p < gorillaPages.length; p++) {
                for (int i = 0; i < PAGE; i++) {
                    boolean same = codec.startsWith("GORILLA")
                            ? Double.doubleToRawLongBits(doubles[i]) == Double.doubleToRawLongBits(walk[p * PAGE + i])
                            : longs[i] == times[p * PAGE + i];
                    if (!same) {
                        throw new IllegalStateException(codec + " decoded point " + (p * PAGE + i) + " wrongly");
                    }
                }
            }
            System.out.printf("%s: best of %d wall %.1f ms = %.1f M points/s; best thread CPU %.1f ms = %.1f M points/s"
                    + " (checksum %.3e)%n", codec, RUNS, bestWall / 1e6, POINTS / (bestWall / 1e3),
                    bestCpu / 1e6, POINTS / (bestCpu / 1e3), check);
        }
        System.out.printf("process CPU during decoding runs: %.1f ms%n", (processCpuNanos() - processCpuStart) / 1e6);
    }

    /**
     * The benchmark data, shared with {@link EncodeBenchmark}: a random walk for GORILLA and
     * jittered timestamps for TS_2DIFF, both drawn from one seeded generator.
     */
    static void generate(double[] walk, long[] times) {
        SplittableRandom random = new SplittableRandom(42);
        double v = 20.0;
        long t = 1_700_000_000_000L;
        for (int i = 0; i < POINTS; i++) {
            // Two decimals, like a sensor reading, so XORs have realistic windows.
            v += Math.round((random.nextDouble() - 0.5) * 100) / 100.0;
            walk[i] = v;
            // Mostly regular 1 s sampling with some jitter.
            t += 1000 + (random.nextInt(10) == 0 ? random.nextInt(50) : 0);
            times[i] = t;
        }
    }

    static long processCpuNanos() {
        java.lang.management.OperatingSystemMXBean os = ManagementFactory.getOperatingSystemMXBean();
        if (os instanceof com.sun.management.OperatingSystemMXBean) {
            return ((com.sun.management.OperatingSystemMXBean) os).getProcessCpuTime();
        }
        return -1;
    }
}
