package org.orrery.tsfile.cli;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.DateTimeException;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.orrery.codec.api.CodecRegistry;
import org.orrery.codec.api.EncodingIds;
import org.orrery.common.type.DataType;
import org.orrery.tsfile.DeviceId;
import org.orrery.tsfile.write.MeasurementSchema;
import org.orrery.tsfile.write.TsFileWriter;
import org.orrery.tsfile.write.WriterOptions;

/**
 * {@code import-csv IN.csv OUT.tsfile}: a CSV file in the long or wide layout ({@link CsvLayout})
 * into a new TsFile. Two passes over the CSV: the first checks it and settles the series types
 * ({@link CsvScan}), the second writes, so memory holds one tablet per device, not the file.
 * Each series' records must be in increasing time order (records of different series may
 * interleave freely).
 */
final class ImportCsvCommand implements Command {
    @Override
    public String name() {
        return "import-csv";
    }

    @Override
    public String usage() {
        return "import-csv IN.csv OUT.tsfile [--types PATH=TYPE,...] [--aligned] [--encoding E] [--compressor C]"
                + " [--page-points N] [--zone ZONE] [--force] [--progress]";
    }

    @Override
    public int run(List<String> argv, Console console) throws UsageException, CommandException {
        Args a = Args.parse(name(), argv,
                Set.of("--types", "--encoding", "--compressor", "--page-points", "--zone"),
                Set.of("--aligned", "--force", "--progress"));
        List<String> ops = a.operands("IN.csv", "OUT.tsfile");
        Path in = Path.of(ops.get(0));
        Path out = Path.of(ops.get(1));
        Map<String, DataType> given = parseTypes(a.option("--types"));
        ZoneId zone;
        try {
            zone = ZoneId.of(a.option("--zone", "UTC"));
        } catch (DateTimeException e) {
            throw new UsageException(name() + ": unknown time zone '" + a.option("--zone") + "'");
        }
        String encoding = a.option("--encoding") == null ? null
                : TsFiles.encodingName(console.codecs, a.option("--encoding"));
        WriterOptions options = WriterOptions.defaults();
        if (a.option("--compressor") != null) {
            String c = TsFiles.compressorName(console.codecs, a.option("--compressor"));
            options = options.withDefaultCompression(c).withAlignedTimeCodecs(options.alignedTimeEncoding(), c);
        }
        if (a.option("--page-points") != null) {
            options = options.withMaxPointsPerPage(a.intOption("--page-points", 0, 1));
        }
        if (!Files.isReadable(in)) {
            throw CommandException.failed("cannot read " + in, null);
        }
        TsFiles.checkTarget(out, a.flag("--force"));
        long size = sizeOf(in);
        boolean forced = a.flag("--progress");
        CsvScan scan;
        try {
            scan = CsvScan.run(in, given, zone, Progress.of(console, forced, "import-csv (check)", size, true));
        } catch (IOException e) {
            throw CommandException.failed(CommandException.describe(e), e);
        }
        Map<String, List<MeasurementSchema>> devices = schema(scan, encoding, console);
        long written;
        try {
            written = write(in, out, scan, devices, console.codecs, options, zone, a.flag("--aligned"),
                    Progress.of(console, forced, "import-csv (write)", size, true));
        } catch (CommandException e) {
            deleteQuietly(out);
            throw e;
        } catch (IOException | RuntimeException e) {
            deleteQuietly(out);
            throw CommandException.failed(CommandException.describe(e), e);
        }
        console.out.println("imported records=" + scan.records + " devices=" + devices.size() + " series="
                + scan.types.size() + " points=" + written + " into " + out);
        return Main.EXIT_OK;
    }

    private static Map<String, DataType> parseTypes(String spec) throws UsageException {
        Map<String, DataType> types = new HashMap<>();
        if (spec == null) {
            return types;
        }
        for (String item : spec.split(",")) {
            int eq = item.lastIndexOf('=');
            if (eq <= 0) {
                throw new UsageException("import-csv: --types wants PATH=TYPE items, got '" + item + "'");
            }
            try {
                types.put(item.substring(0, eq).trim(), CsvLayout.typeNamed(item.substring(eq + 1)));
            } catch (IllegalArgumentException e) {
                throw new UsageException("import-csv: --types: " + e.getMessage());
            }
        }
        return types;
    }

    /** Devices in order of first appearance, each with its measurements and their codecs. */
    private static Map<String, List<MeasurementSchema>> schema(CsvScan scan, String encoding, Console console) {
        Map<String, List<MeasurementSchema>> devices = new LinkedHashMap<>();
        for (Map.Entry<SeriesRef, DataType> e : scan.types.entrySet()) {
            SeriesRef s = e.getKey();
            DataType type = e.getValue();
            MeasurementSchema m = MeasurementSchema.of(s.measurement(), type);
            if (encoding != null) {
                if (MeasurementSchema.formatAllows(type, EncodingIds.formatId(encoding))) {
                    m = m.withEncoding(encoding);
                } else {
                    console.out.println("# " + s.path() + " " + type + " uses the default encoding: " + encoding
                            + " is not allowed for " + type);
                }
            }
            devices.computeIfAbsent(s.device(), d -> new ArrayList<>()).add(m);
        }
        return devices;
    }

    private static long write(Path in, Path out, CsvScan scan, Map<String, List<MeasurementSchema>> devices,
                              CodecRegistry codecs, WriterOptions options, ZoneId zone, boolean aligned,
                              Progress progress)
            throws IOException, CommandException {
        Map<String, DeviceBuffer> buffers = new HashMap<>();
        CsvLayout layout = scan.layout;
        long line = 0;
        try (TsFileWriter writer = TsFileWriter.create(out, codecs, options);
             InputStream stream = Files.newInputStream(in);
             CsvReader reader = new CsvReader(stream, in.toString())) {
            for (Map.Entry<String, List<MeasurementSchema>> d : devices.entrySet()) {
                DeviceId id = DeviceId.parse(d.getKey());
                writer.registerDevice(id, aligned, d.getValue());
                buffers.put(d.getKey(), new DeviceBuffer(writer, id, d.getValue()));
            }
            reader.next(); // header, checked by the scan
            for (CsvReader.Record r = reader.next(); r != null; r = reader.next()) {
                line = r.line;
                long time = CsvValues.parseTime(r.get(layout.timeColumn), zone);
                if (layout.wide) {
                    for (int i = 1; i < r.size(); i++) {
                        if (!r.isNull(i)) {
                            put(buffers, scan, layout.series.get(i), time, r.get(i));
                        }
                    }
                } else if (!r.isNull(layout.valueColumn)) {
                    put(buffers, scan, new SeriesRef(r.get(layout.deviceColumn).trim(),
                            r.get(layout.measurementColumn).trim()), time, r.get(layout.valueColumn));
                }
                progress.update(reader.bytesRead());
            }
            for (DeviceBuffer b : buffers.values()) {
                b.flush();
            }
        } catch (IOException | IllegalArgumentException e) {
            throw CommandException.failed(in + " near line " + line + ": " + CommandException.describe(e)
                    + " (each series' records must be in increasing time order)", e);
        }
        progress.finish();
        long points = 0;
        for (DeviceBuffer b : buffers.values()) {
            points += b.points();
        }
        return points;
    }

    private static void put(Map<String, DeviceBuffer> buffers, CsvScan scan, SeriesRef s, long time, String text)
            throws IOException {
        DeviceBuffer b = buffers.get(s.device());
        b.put(time, b.columnIndex(s.measurement()), CsvValues.parse(text, scan.types.get(s)));
    }

    private static long sizeOf(Path p) {
        try {
            return Files.size(p);
        } catch (IOException e) {
            return 0;
        }
    }

    private static void deleteQuietly(Path out) {
        try {
            Files.deleteIfExists(out);
        } catch (IOException ignored) {
            // reporting the import error matters more
        }
    }
}
