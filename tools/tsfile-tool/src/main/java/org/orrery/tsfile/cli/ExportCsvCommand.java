package org.orrery.tsfile.cli;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import org.orrery.common.type.DataType;
import org.orrery.tsfile.CorruptTsFileException;
import org.orrery.tsfile.read.DeviceInfo;
import org.orrery.tsfile.read.SeriesBatch;
import org.orrery.tsfile.read.SeriesInfo;
import org.orrery.tsfile.read.SeriesReader;
import org.orrery.tsfile.read.TimeRange;
import org.orrery.tsfile.read.TsFileReader;

/**
 * {@code export-csv IN.tsfile OUT.csv}: a TsFile as CSV, in the wide layout ({@code Time} and one
 * column per series, rows merged by timestamp; default) or the long layout (one record per
 * point). Headers carry the types ({@code root.sg.d1.s1(DOUBLE)}, or a {@code datatype} column)
 * unless {@code --no-types}, so {@code import-csv} restores the same types and values. Devices
 * and measurements come sorted by name; each series' points in time order. {@code -} as OUT
 * writes to stdout.
 */
final class ExportCsvCommand implements Command {
    @Override
    public String name() {
        return "export-csv";
    }

    @Override
    public String usage() {
        return "export-csv IN.tsfile OUT.csv|- [--layout wide|long] [--no-types] [--force] [--progress]";
    }

    @Override
    public int run(List<String> argv, Console console) throws UsageException, CommandException {
        Args a = Args.parse(name(), argv, Set.of("--layout"), Set.of("--no-types", "--force", "--progress"));
        List<String> ops = a.operands("IN.tsfile", "OUT.csv");
        String layout = a.option("--layout", "wide");
        if (!layout.equals("wide") && !layout.equals("long")) {
            throw new UsageException(name() + ": --layout is wide or long, got '" + layout + "'");
        }
        Path in = Path.of(ops.get(0));
        boolean toStdout = ops.get(1).equals("-");
        Path out = toStdout ? null : Path.of(ops.get(1));
        if (out != null) {
            TsFiles.checkTarget(out, a.flag("--force"));
        }
        long points;
        try (TsFileReader reader = TsFiles.open(in, console.codecs)) {
            List<SeriesInfo> series = allSeries(reader);
            long total = 0;
            for (SeriesInfo s : series) {
                total += s.statistics().count();
            }
            Progress progress = Progress.of(console, a.flag("--progress"), "export-csv", total, false);
            OutputStream stream = toStdout ? console.out : Files.newOutputStream(out);
            try {
                Writer w = new BufferedWriter(new OutputStreamWriter(stream, StandardCharsets.UTF_8), 1 << 16);
                CsvWriter csv = new CsvWriter(w);
                boolean types = !a.flag("--no-types");
                points = layout.equals("wide") ? wide(reader, series, csv, types, progress)
                        : longLayout(reader, series, csv, types, progress);
                w.flush();
            } finally {
                if (!toStdout) {
                    stream.close();
                }
            }
            progress.finish();
        } catch (CorruptTsFileException e) {
            throw CommandException.unreadable(e.getMessage(), e);
        } catch (IOException | RuntimeException e) {
            throw CommandException.failed(CommandException.describe(e), e);
        }
        if (!toStdout) {
            console.out.println("exported points=" + points + " into " + out);
        }
        return Main.EXIT_OK;
    }

    private static List<SeriesInfo> allSeries(TsFileReader reader) throws IOException {
        List<DeviceInfo> devices = new ArrayList<>(reader.devices());
        devices.sort(Comparator.comparing(d -> d.id().toString()));
        List<SeriesInfo> all = new ArrayList<>();
        for (DeviceInfo d : devices) {
            List<SeriesInfo> series = new ArrayList<>(reader.series(d.id()));
            series.sort(Comparator.comparing(SeriesInfo::measurement));
            all.addAll(series);
        }
        return all;
    }

    private static String path(SeriesInfo s) {
        return new SeriesRef(s.device().toString(), s.measurement()).path();
    }

    private static boolean isText(DataType t) {
        return t == DataType.TEXT || t == DataType.STRING;
    }

    private static long longLayout(TsFileReader reader, List<SeriesInfo> series, CsvWriter csv, boolean types,
                                   Progress progress) throws IOException {
        csv.cell("time").cell("device").cell("measurement");
        if (types) {
            csv.cell("datatype");
        }
        csv.cell("value").endRecord();
        long points = 0;
        for (SeriesInfo s : series) {
            String device = s.device().toString();
            SeriesReader sr = reader.readSeries(s.device(), s.measurement(), TimeRange.ALL);
            for (SeriesBatch b = sr.next(); b != null; b = sr.next()) {
                for (int i = 0; i < b.size(); i++) {
                    csv.cell(Long.toString(b.times()[i])).cell(device).cell(s.measurement());
                    if (types) {
                        csv.cell(s.type().name());
                    }
                    String v = SeriesCursor.cellText(b.values(), i);
                    if (isText(s.type())) {
                        csv.text(v);
                    } else {
                        csv.cell(v);
                    }
                    csv.endRecord();
                }
                points += b.size();
                progress.update(points);
            }
        }
        return points;
    }

    /** Merges all series by timestamp: one record per distinct time, empty cells where a series has no point. */
    private static long wide(TsFileReader reader, List<SeriesInfo> series, CsvWriter csv, boolean types,
                             Progress progress) throws IOException {
        csv.cell("Time");
        List<SeriesCursor> cursors = new ArrayList<>();
        for (SeriesInfo s : series) {
            csv.cell(types ? path(s) + "(" + s.type().name() + ")" : path(s));
            cursors.add(new SeriesCursor(reader.readSeries(s.device(), s.measurement(), TimeRange.ALL)));
        }
        csv.endRecord();
        long points = 0;
        while (true) {
            boolean any = false;
            long min = Long.MAX_VALUE;
            for (SeriesCursor c : cursors) {
                if (!c.done()) {
                    any = true;
                    min = Math.min(min, c.time());
                }
            }
            if (!any) {
                return points;
            }
            csv.cell(Long.toString(min));
            for (SeriesCursor c : cursors) {
                if (c.done() || c.time() != min) {
                    csv.empty();
                    continue;
                }
                if (c.isText()) {
                    csv.text(c.text());
                } else {
                    csv.cell(c.text());
                }
                c.next();
                points++;
            }
            csv.endRecord();
            progress.update(points);
        }
    }
}
