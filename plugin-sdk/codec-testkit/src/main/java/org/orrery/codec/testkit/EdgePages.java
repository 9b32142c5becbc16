package org.orrery.codec.testkit;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.SplittableRandom;
import org.orrery.codec.api.ValueKind;

/**
 * Deterministic pages of edge values per value kind: empty and single-point pages, MIN/MAX,
 * long runs of equal values, random walks, alternating signs, values crossing zero, NaN
 * (canonical and with payloads), infinities, -0.0, subnormals, random binaries including empty
 * ones. Every page comes from a fixed seed, so a failure names a reproducible page.
 */
public final class EdgePages {
    /** Seed of every random page; changing it changes the pages, never their names. */
    public static final long SEED = 0x5EED_0F_0EEAL;

    /** Quiet NaN with a payload, a negative NaN and a NaN with all payload bits set (float). */
    static final int[] FLOAT_NAN_PAYLOADS = {0x7fc00001, 0xffc00000, 0x7fffffff, 0x7fc12345};
    /** The same for double. */
    static final long[] DOUBLE_NAN_PAYLOADS = {0x7ff8000000000001L, 0xfff8000000000000L, 0x7fffffffffffffffL,
        0x7ff80000deadbeefL};

    private EdgePages() {
    }

    /** The pages for {@code kind}; {@code nanPayloads} adds the non-canonical NaN pages (FLOAT/DOUBLE). */
    public static List<Page> forKind(ValueKind<?, ?> kind, boolean nanPayloads) {
        if (kind == ValueKind.BOOLEAN) {
            return booleans();
        } else if (kind == ValueKind.INT32) {
            return ints();
        } else if (kind == ValueKind.INT64) {
            return longs();
        } else if (kind == ValueKind.FLOAT) {
            return floats(nanPayloads);
        } else if (kind == ValueKind.DOUBLE) {
            return doubles(nanPayloads);
        } else if (kind == ValueKind.BINARY) {
            return binaries();
        }
        throw new IllegalArgumentException("no edge pages for value kind " + kind);
    }

    public static List<Page> booleans() {
        List<Page> pages = new ArrayList<>();
        SplittableRandom r = new SplittableRandom(SEED);
        pages.add(new Page("empty", new boolean[0]));
        pages.add(new Page("single true", new boolean[] {true}));
        pages.add(new Page("single false", new boolean[] {false}));
        boolean[] run = new boolean[40_000];
        Arrays.fill(run, true);
        run[39_999] = false;
        pages.add(new Page("long run", run));
        boolean[] alt = new boolean[1001];
        for (int i = 0; i < alt.length; i++) {
            alt[i] = i % 2 == 0;
        }
        pages.add(new Page("alternating", alt));
        boolean[] rnd = new boolean[5000];
        for (int i = 0; i < rnd.length; i++) {
            rnd[i] = r.nextBoolean();
        }
        pages.add(new Page("random", rnd));
        boolean[] bursts = new boolean[3000];
        for (int i = 0; i < bursts.length; i++) {
            bursts[i] = (i / (1 + i % 13)) % 2 == 0;
        }
        pages.add(new Page("bursts", bursts));
        return pages;
    }

    public static List<Page> ints() {
        List<Page> pages = new ArrayList<>();
        SplittableRandom r = new SplittableRandom(SEED + 1);
        pages.add(new Page("empty", new int[0]));
        pages.add(new Page("single", new int[] {42}));
        pages.add(new Page("single MIN", new int[] {Integer.MIN_VALUE}));
        pages.add(new Page("single MAX", new int[] {Integer.MAX_VALUE}));
        pages.add(new Page("extremes", new int[] {0, 1, -1, Integer.MAX_VALUE, Integer.MIN_VALUE, Integer.MIN_VALUE + 1,
            Integer.MAX_VALUE - 1, Integer.MIN_VALUE, Integer.MAX_VALUE, 0, -2, Integer.MIN_VALUE, Integer.MIN_VALUE}));
        int[] run = new int[40_000];
        Arrays.fill(run, 7);
        run[20_000] = -7;
        pages.add(new Page("long run", run));
        int[] minRun = new int[300];
        Arrays.fill(minRun, Integer.MIN_VALUE);
        pages.add(new Page("run of MIN", minRun));
        int[] walk = new int[5000];
        int v = 0;
        for (int i = 0; i < walk.length; i++) {
            v += r.nextInt(-100, 101);
            walk[i] = v;
        }
        pages.add(new Page("random walk", walk));
        int[] alt = new int[1000];
        for (int i = 0; i < alt.length; i++) {
            alt[i] = (i % 2 == 0 ? 1 : -1) * (i * 37 + 1);
        }
        pages.add(new Page("alternating signs", alt));
        int[] cross = new int[401];
        for (int i = 0; i < cross.length; i++) {
            cross[i] = i - 200;
        }
        pages.add(new Page("crossing zero", cross));
        int[] full = new int[3000];
        for (int i = 0; i < full.length; i++) {
            full[i] = r.nextInt();
        }
        pages.add(new Page("random full range", full));
        int[] jumps = new int[1000];
        for (int i = 0; i < jumps.length; i++) {
            jumps[i] = i % 3 == 0 ? Integer.MAX_VALUE - i : (i % 3 == 1 ? Integer.MIN_VALUE + i : i);
        }
        pages.add(new Page("extreme jumps", jumps));
        int[] dates = new int[1000];
        for (int i = 0; i < dates.length; i++) {
            dates[i] = 20240101 + i / 28 * 100 + i % 28;
        }
        pages.add(new Page("dates yyyyMMdd", dates));
        return pages;
    }

    public static List<Page> longs() {
        List<Page> pages = new ArrayList<>();
        SplittableRandom r = new SplittableRandom(SEED + 2);
        pages.add(new Page("empty", new long[0]));
        pages.add(new Page("single", new long[] {1_700_000_000_000L}));
        pages.add(new Page("single MIN", new long[] {Long.MIN_VALUE}));
        pages.add(new Page("single MAX", new long[] {Long.MAX_VALUE}));
        pages.add(new Page("extremes", new long[] {0, 1, -1, Long.MAX_VALUE, Long.MIN_VALUE, Long.MIN_VALUE + 1,
            Long.MAX_VALUE - 1, Long.MIN_VALUE, Long.MAX_VALUE, Integer.MIN_VALUE, Integer.MAX_VALUE, -2,
            Long.MIN_VALUE, Long.MIN_VALUE}));
        long[] run = new long[40_000];
        Arrays.fill(run, 1L << 40);
        run[12_345] = -(1L << 40);
        pages.add(new Page("long run", run));
        long[] times = new long[10_000];
        for (int i = 0; i < times.length; i++) {
            times[i] = 1_700_000_000_000L + 1000L * i;
        }
        pages.add(new Page("regular timestamps", times));
        long[] jittered = new long[5000];
        long t = 1_700_000_000_000L;
        for (int i = 0; i < jittered.length; i++) {
            t += 1000 + r.nextInt(-50, 51);
            jittered[i] = t;
        }
        pages.add(new Page("jittered timestamps", jittered));
        long[] walk = new long[5000];
        long v = 0;
        for (int i = 0; i < walk.length; i++) {
            v += r.nextLong(-1_000_000, 1_000_001);
            walk[i] = v;
        }
        pages.add(new Page("random walk", walk));
        long[] alt = new long[1000];
        for (int i = 0; i < alt.length; i++) {
            alt[i] = (i % 2 == 0 ? 1 : -1) * (i * 1_000_003L + 1);
        }
        pages.add(new Page("alternating signs", alt));
        long[] cross = new long[401];
        for (int i = 0; i < cross.length; i++) {
            cross[i] = (i - 200) * 1_000_000_007L;
        }
        pages.add(new Page("crossing zero", cross));
        long[] full = new long[3000];
        for (int i = 0; i < full.length; i++) {
            full[i] = r.nextLong();
        }
        pages.add(new Page("random full range", full));
        long[] jumps = new long[1000];
        for (int i = 0; i < jumps.length; i++) {
            jumps[i] = i % 3 == 0 ? Long.MAX_VALUE - i : (i % 3 == 1 ? Long.MIN_VALUE + i : i);
        }
        pages.add(new Page("extreme jumps", jumps));
        return pages;
    }

    public static List<Page> floats(boolean nanPayloads) {
        List<Page> pages = new ArrayList<>();
        SplittableRandom r = new SplittableRandom(SEED + 3);
        pages.add(new Page("empty", new float[0]));
        pages.add(new Page("single", new float[] {3.25f}));
        pages.add(new Page("single NaN", new float[] {Float.NaN}));
        pages.add(new Page("single -0.0", new float[] {-0.0f}));
        pages.add(new Page("specials", new float[] {0f, -0f, Float.NaN, Float.POSITIVE_INFINITY,
            Float.NEGATIVE_INFINITY, Float.MIN_VALUE, -Float.MIN_VALUE, Float.MIN_NORMAL, Float.MAX_VALUE,
            -Float.MAX_VALUE, 1e-40f, 1.5f, -1.5f, Float.NaN, 0f, -0f, 3e9f, -3e9f, 123.456f}));
        if (nanPayloads) {
            float[] nans = new float[FLOAT_NAN_PAYLOADS.length * 2 + 2];
            for (int i = 0; i < FLOAT_NAN_PAYLOADS.length; i++) {
                nans[2 * i] = Float.intBitsToFloat(FLOAT_NAN_PAYLOADS[i]);
                nans[2 * i + 1] = 1.25f * i;
            }
            nans[nans.length - 2] = Float.NaN;
            nans[nans.length - 1] = Float.intBitsToFloat(FLOAT_NAN_PAYLOADS[0]);
            pages.add(new Page("NaN payloads", nans));
        }
        float[] run = new float[20_000];
        Arrays.fill(run, 21.5f);
        run[777] = -21.5f;
        pages.add(new Page("long run", run));
        float[] walk = new float[5000];
        double v = 20;
        for (int i = 0; i < walk.length; i++) {
            v += r.nextDouble(-0.5, 0.5);
            walk[i] = (float) v;
        }
        pages.add(new Page("random walk", walk));
        float[] decimals = new float[3000];
        for (int i = 0; i < decimals.length; i++) {
            decimals[i] = Math.round(walk[i % walk.length] * 100) / 100f;
        }
        pages.add(new Page("two decimals", decimals));
        float[] cross = new float[1000];
        for (int i = 0; i < cross.length; i++) {
            cross[i] = (float) (Math.cos(i / 10.0) * 100);
        }
        pages.add(new Page("crossing zero", cross));
        float[] alt = new float[1000];
        for (int i = 0; i < alt.length; i++) {
            alt[i] = (i % 2 == 0 ? 1 : -1) * (i * 0.37f + 0.01f);
        }
        pages.add(new Page("alternating signs", alt));
        float[] bits = new float[2000];
        for (int i = 0; i < bits.length; i++) {
            float f = Float.intBitsToFloat(r.nextInt());
            bits[i] = Float.isNaN(f) ? Float.NaN : f;
        }
        pages.add(new Page("random bit patterns", bits));
        return pages;
    }

    public static List<Page> doubles(boolean nanPayloads) {
        List<Page> pages = new ArrayList<>();
        SplittableRandom r = new SplittableRandom(SEED + 4);
        pages.add(new Page("empty", new double[0]));
        pages.add(new Page("single", new double[] {3.25}));
        pages.add(new Page("single NaN", new double[] {Double.NaN}));
        pages.add(new Page("single -0.0", new double[] {-0.0}));
        pages.add(new Page("specials", new double[] {0d, -0d, Double.NaN, Double.POSITIVE_INFINITY,
            Double.NEGATIVE_INFINITY, Double.MIN_VALUE, -Double.MIN_VALUE, Double.MIN_NORMAL, Double.MAX_VALUE,
            -Double.MAX_VALUE, 1e-310, 1.5, -1.5, Double.NaN, 0d, -0d, 1e19, -1e19, 0.1, 123.456}));
        if (nanPayloads) {
            double[] nans = new double[DOUBLE_NAN_PAYLOADS.length * 2 + 2];
            for (int i = 0; i < DOUBLE_NAN_PAYLOADS.length; i++) {
                nans[2 * i] = Double.longBitsToDouble(DOUBLE_NAN_PAYLOADS[i]);
                nans[2 * i + 1] = 1.25 * i;
            }
            nans[nans.length - 2] = Double.NaN;
            nans[nans.length - 1] = Double.longBitsToDouble(DOUBLE_NAN_PAYLOADS[0]);
            pages.add(new Page("NaN payloads", nans));
        }
        double[] run = new double[20_000];
        Arrays.fill(run, 21.5);
        run[777] = -21.5;
        pages.add(new Page("long run", run));
        double[] walk = new double[5000];
        double v = 20;
        for (int i = 0; i < walk.length; i++) {
            v += r.nextDouble(-0.5, 0.5);
            walk[i] = v;
        }
        pages.add(new Page("random walk", walk));
        double[] decimals = new double[3000];
        for (int i = 0; i < decimals.length; i++) {
            decimals[i] = Math.round(walk[i % walk.length] * 100) / 100.0;
        }
        pages.add(new Page("two decimals", decimals));
        double[] cross = new double[1000];
        for (int i = 0; i < cross.length; i++) {
            cross[i] = Math.cos(i / 10.0) * 100;
        }
        pages.add(new Page("crossing zero", cross));
        double[] alt = new double[1000];
        for (int i = 0; i < alt.length; i++) {
            alt[i] = (i % 2 == 0 ? 1 : -1) * (i * 0.37 + 0.01);
        }
        pages.add(new Page("alternating signs", alt));
        double[] bits = new double[2000];
        for (int i = 0; i < bits.length; i++) {
            double d = Double.longBitsToDouble(r.nextLong());
            bits[i] = Double.isNaN(d) ? Double.NaN : d;
        }
        pages.add(new Page("random bit patterns", bits));
        return pages;
    }

    public static List<Page> binaries() {
        List<Page> pages = new ArrayList<>();
        SplittableRandom r = new SplittableRandom(SEED + 5);
        pages.add(new Page("empty", new byte[0][]));
        pages.add(new Page("single empty value", new byte[][] {new byte[0]}));
        pages.add(new Page("single", new byte[][] {"orrery".getBytes(StandardCharsets.UTF_8)}));
        byte[][] empties = new byte[100][];
        Arrays.fill(empties, new byte[0]);
        pages.add(new Page("all empty", empties));
        pages.add(new Page("unicode and control bytes", new byte[][] {
            "\u00fcn\u00efc\u00f8d\u00e9 \u2713 \uD83D\uDE00".getBytes(StandardCharsets.UTF_8),
            "quote\" backslash\\ nul\u0000 newline\n".getBytes(StandardCharsets.UTF_8),
            new byte[] {0, (byte) 0xff, 1, (byte) 0x80}, new byte[0]}));
        byte[][] rnd = new byte[1000][];
        for (int i = 0; i < rnd.length; i++) {
            rnd[i] = new byte[r.nextInt(0, 65)];
            r.nextBytes(rnd[i]);
        }
        pages.add(new Page("random", rnd));
        byte[][] repeated = new byte[3000][];
        for (int i = 0; i < repeated.length; i++) {
            repeated[i] = ("state-" + r.nextInt(0, 12)).getBytes(StandardCharsets.UTF_8);
        }
        pages.add(new Page("few distinct values", repeated));
        byte[] big = new byte[200_000];
        r.nextBytes(big);
        pages.add(new Page("one large value", new byte[][] {big, new byte[] {1}}));
        return pages;
    }

    /** Byte payloads for compressors: empty, tiny, incompressible, highly compressible, page-like. */
    public static List<byte[]> payloads() {
        List<byte[]> payloads = new ArrayList<>();
        SplittableRandom r = new SplittableRandom(SEED + 6);
        payloads.add(new byte[0]);
        payloads.add(new byte[] {42});
        byte[] random = new byte[70_000];
        r.nextBytes(random);
        payloads.add(random);
        payloads.add(new byte[1 << 20]);
        StringBuilder text = new StringBuilder();
        for (int i = 0; i < 5000; i++) {
            text.append("root.sg.d").append(i % 17).append(".s").append(i % 5).append(',').append(i * 1.5).append('\n');
        }
        payloads.add(text.toString().getBytes(StandardCharsets.UTF_8));
        byte[] mixed = new byte[300_000];
        for (int i = 0; i < mixed.length; i++) {
            mixed[i] = (byte) ((i / 1000) % 2 == 0 ? i % 7 : r.nextInt(256));
        }
        payloads.add(mixed);
        return payloads;
    }
}
