package org.orrery.tsfile.testing;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.orrery.common.type.DataType;
import org.orrery.tsfile.DeviceId;
import org.orrery.tsfile.write.MeasurementSchema;
import org.orrery.tsfile.write.Tablet;
import org.orrery.tsfile.write.TsFileWriter;
import org.orrery.tsfile.write.WriterOptions;

/**
 * The same data as the compatibility oracle's deterministic sample (tsfile-oracle {@code write},
 * {@code --extended}): three devices under {@code root.oracle}, 6 000 rows each written in three
 * blocks of 2 000 rows with a flush after each block, 512 points per page. The values are defined
 * by the oracle's description of its sample (java.util.Random and StrictMath, so the same JVM
 * gives the same numbers); writing them with Orrery lets the oracle compare both files.
 *
 * <p>Encodings and compressions are the sample's; where this build lacks a codec bundle the
 * writer default for the type is used instead (the canonical content does not depend on it).
 */
public final class OracleSample {
    public static final long T0 = 1_700_000_000_000L;
    public static final int ROWS = 6000;
    public static final int BLOCK = 2000;
    public static final int POINTS_PER_PAGE = 512;

    /** One device of the sample: its columns and all rows, nulls as null. */
    public static final class Device {
        public final DeviceId id;
        public final boolean aligned;
        public final List<MeasurementSchema> columns = new ArrayList<>();
        public final long[] times = new long[ROWS];
        public Object[][] values;

        Device(String id, boolean aligned) {
            this.id = DeviceId.parse(id);
            this.aligned = aligned;
        }

        void add(String name, DataType type, String encoding, String compression) {
            String enc = TestCodecs.hasEncoding(encoding) ? encoding : null;
            String comp = TestCodecs.hasCompressor(compression) ? compression : null;
            columns.add(MeasurementSchema.of(name, type, enc, comp));
        }
    }

    private OracleSample() {
    }

    public static List<Device> model(boolean extended) {
        List<Device> devices = new ArrayList<>();
        Device d1 = new Device("root.oracle.d1", false);
        d1.add("i32", DataType.INT32, "RLE", "SNAPPY");
        d1.add("i64", DataType.INT64, "TS_2DIFF", "LZ4");
        d1.add("f32", DataType.FLOAT, "GORILLA", "GZIP");
        d1.add("f64", DataType.DOUBLE, "GORILLA", "ZSTD");
        d1.add("flag", DataType.BOOLEAN, "RLE", "UNCOMPRESSED");
        d1.add("txt", DataType.TEXT, "PLAIN", "LZMA2");
        d1.values = new Object[d1.columns.size()][ROWS];
        Random r1 = new Random(1);
        double walk = 100.0;
        for (int i = 0; i < ROWS; i++) {
            d1.times[i] = T0 + i * 1000L;
            d1.values[0][i] = (i % 200) - 100;
            d1.values[1][i] = 1_000_000_000_000L + i * 37L + (i % 7);
            d1.values[2][i] = (float) (StrictMath.sin(i / 50.0) * 1000.0);
            walk += r1.nextGaussian();
            d1.values[3][i] = walk;
            d1.values[4][i] = ((i / 13) % 2) == 0;
            d1.values[5][i] = (i % 3 == 0)
                    ? "msg-" + (i % 50) + (i % 250 == 0 ? " \u00fcn\u00efc\u00f8d\u00e9 \u2713 \uD83D\uDE00 \"q\"\t\\" : "")
                    : null;
        }
        devices.add(d1);

        Device d2 = new Device("root.oracle.d2", true);
        d2.add("a_i32", DataType.INT32, "ZIGZAG", "LZ4");
        d2.add("a_i64", DataType.INT64, "CHIMP", "SNAPPY");
        d2.add("a_f32", DataType.FLOAT, "TS_2DIFF", "ZSTD");
        d2.add("a_f64", DataType.DOUBLE, "CHIMP", "LZ4");
        d2.add("a_bool", DataType.BOOLEAN, "PLAIN", "GZIP");
        d2.add("a_txt", DataType.TEXT, "DICTIONARY", "ZSTD");
        d2.values = new Object[d2.columns.size()][ROWS];
        Random r2 = new Random(2);
        double walk2 = -50.0;
        for (int i = 0; i < ROWS; i++) {
            d2.times[i] = T0 + 500L + i * 1000L;
            walk2 += r2.nextDouble() - 0.5;
            if (i % 1000 == 500) {
                continue; // all-null row: only the timestamp exists
            }
            d2.values[0][i] = (i % 10 == 3) ? null : (int) ((i * 7919L) % 20001) - 10000;
            d2.values[1][i] = (long) i * i - 5_000_000L;
            d2.values[2][i] = ((i % 4001) - 2000) / 4.0f;
            d2.values[3][i] = walk2;
            d2.values[4][i] = (i % 7 == 0) ? null : (i % 3 == 0);
            d2.values[5][i] = (i % 4 == 0) ? "cat-" + (i % 17) : null;
        }
        devices.add(d2);

        Device d3 = new Device("root.oracle.d3", false);
        d3.add("s_i32", DataType.INT32, "SPRINTZ", "UNCOMPRESSED");
        d3.add("s_i32g", DataType.INT32, "GORILLA", "LZMA2");
        d3.add("s_i64", DataType.INT64, "RLBE", "ZSTD");
        d3.add("s_i64z", DataType.INT64, "ZIGZAG", "SNAPPY");
        d3.add("s_f32r", DataType.FLOAT, "RLBE", "LZ4");
        d3.add("s_f64s", DataType.DOUBLE, "SPRINTZ", "GZIP");
        d3.add("s_f64p", DataType.DOUBLE, "PLAIN", "UNCOMPRESSED");
        if (extended) {
            d3.add("x_ts", DataType.TIMESTAMP, "TS_2DIFF", "LZ4");
            d3.add("x_date", DataType.DATE, "RLE", "LZ4");
            d3.add("x_str", DataType.STRING, "DICTIONARY", "LZ4");
            d3.add("x_blob", DataType.BLOB, "PLAIN", "LZ4");
        }
        d3.values = new Object[d3.columns.size()][ROWS];
        double[] specials = {
            Double.NaN, Double.POSITIVE_INFINITY, Double.NEGATIVE_INFINITY, -0.0, 0.0,
            Double.MIN_VALUE, Double.MAX_VALUE, -Double.MAX_VALUE, Double.MIN_NORMAL, 1e-300
        };
        for (int i = 0; i < ROWS; i++) {
            d3.times[i] = T0 + 250L + i * 1000L + (i % 5) * 13L;
            d3.values[0][i] = (int) StrictMath.round(StrictMath.sin(i / 30.0) * 5000.0);
            d3.values[1][i] = (i % 1000 == 0) ? Integer.MAX_VALUE : (i * 31) % 1013;
            d3.values[2][i] = (long) (i / 10);
            d3.values[3][i] = (i % 2 == 1) ? null : ((i % 4 == 0) ? 1L : -1L) * (long) i * 1_000_003L;
            d3.values[4][i] = (float) (i * 0.5);
            d3.values[5][i] = 200.0 + StrictMath.cos(i / 10.0) * 100.0;
            d3.values[6][i] = (i % 100 < specials.length) ? specials[i % 100] : i * 1.0001;
            if (extended) {
                d3.values[7][i] = T0 + i * 60_000L;
                LocalDate d = LocalDate.of(2020, 1, 1).plusDays(i % 2000);
                d3.values[8][i] = d.getYear() * 10000 + d.getMonthValue() * 100 + d.getDayOfMonth();
                d3.values[9][i] = (i % 5 == 4) ? null : "tag-" + (i % 11);
                d3.values[10][i] = new byte[] {(byte) i, (byte) (i >> 8), 0, (byte) 0xff};
            }
        }
        devices.add(d3);
        return devices;
    }

    /** Writes the sample with Orrery's writer. */
    public static void write(Path path, boolean extended, WriterOptions options) throws IOException {
        List<Device> devices = model(extended);
        try (TsFileWriter w = TsFileWriter.create(path, TestCodecs.registry(), options)) {
            for (Device d : devices) {
                w.registerDevice(d.id, d.aligned, d.columns);
            }
            for (int start = 0; start < ROWS; start += BLOCK) {
                for (Device d : devices) {
                    w.write(tablet(d, start, Math.min(ROWS, start + BLOCK)));
                }
                w.flush();
            }
        }
    }

    public static WriterOptions sampleOptions() {
        WriterOptions o = WriterOptions.defaults().withMaxPointsPerPage(POINTS_PER_PAGE);
        if (!TestCodecs.hasCompressor("LZ4")) {
            o = o.withDefaultCompression("GZIP").withAlignedTimeCodecs("TS_2DIFF", "GZIP");
        }
        return o;
    }

    /** Rows {@code from .. to-1} of the device as a tablet. */
    public static Tablet tablet(Device d, int from, int to) {
        Tablet t = new Tablet(d.id, d.columns, to - from);
        for (int i = from; i < to; i++) {
            int row = i - from;
            t.setTime(row, d.times[i]);
            for (int c = 0; c < d.columns.size(); c++) {
                Object v = d.values[c][i];
                if (v == null) {
                    t.setNull(c, row);
                    continue;
                }
                switch (d.columns.get(c).type()) {
                    case BOOLEAN:
                        t.setBoolean(c, row, (Boolean) v);
                        break;
                    case INT32:
                    case DATE:
                        t.setInt(c, row, (Integer) v);
                        break;
                    case INT64:
                    case TIMESTAMP:
                        t.setLong(c, row, (Long) v);
                        break;
                    case FLOAT:
                        t.setFloat(c, row, (Float) v);
                        break;
                    case DOUBLE:
                        t.setDouble(c, row, (Double) v);
                        break;
                    case BLOB:
                        t.setBinary(c, row, (byte[]) v);
                        break;
                    default:
                        t.setBinary(c, row, ((String) v).getBytes(StandardCharsets.UTF_8));
                }
            }
        }
        t.setRowCount(to - from);
        return t;
    }

    /** Writes the sample to the path given as first argument ({@code --extended} as second). */
    public static void main(String[] args) throws IOException {
        write(Path.of(args[0]), args.length > 1 && args[1].equals("--extended"), sampleOptions());
    }
}
