package org.orrery.tsfile.tool;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.orrery.codec.api.CodecException;
import org.orrery.codec.api.CodecRegistry;
import org.orrery.codec.api.Encoding;
import org.orrery.common.type.DataType;
import org.orrery.tsfile.TsFileException;
import org.orrery.tsfile.internal.format.EncodingRules;
import org.orrery.tsfile.read.AlignedBatch;
import org.orrery.tsfile.read.AlignedReader;
import org.orrery.tsfile.read.ChunkCodecs;
import org.orrery.tsfile.read.Column;
import org.orrery.tsfile.read.DeviceInfo;
import org.orrery.tsfile.read.SeriesBatch;
import org.orrery.tsfile.read.SeriesInfo;
import org.orrery.tsfile.read.SeriesReader;
import org.orrery.tsfile.read.TimeRange;
import org.orrery.tsfile.read.TsFileReader;
import org.orrery.tsfile.write.MeasurementSchema;
import org.orrery.tsfile.write.Tablet;
import org.orrery.tsfile.write.TsFileWriter;

/**
 * Copies the data of any readable TsFile (v3 or v4, any writer) into a new v4 file written by
 * Orrery's writer: same devices, alignment, series, timestamps and values (aligned all-null rows
 * included), with optional encoding, compression and page-size overrides. Statistics are
 * recomputed from the decoded values. Streams page by page, so memory does not grow with the file.
 */
public final class TsFileRewrite {
    private TsFileRewrite() {
    }

    /** Rewrites {@code source} into {@code target} (which must not exist). */
    public static RewriteResult rewrite(Path source, Path target, CodecRegistry codecs, RewriteOptions options)
            throws IOException {
        long devices = 0;
        long series = 0;
        long points = 0;
        List<String> notes = new ArrayList<>();
        try (TsFileReader reader = TsFileReader.open(source, codecs);
             TsFileWriter writer = TsFileWriter.create(target, codecs, options.effectiveWriterOptions())) {
            for (DeviceInfo d : reader.devices()) {
                List<SeriesInfo> infos = reader.series(d.id());
                List<MeasurementSchema> schemas = new ArrayList<>();
                for (SeriesInfo s : infos) {
                    schemas.add(schema(reader, s, codecs, options, notes));
                }
                writer.registerDevice(d.id(), d.isAligned(), schemas);
                devices++;
                series += infos.size();
                if (d.isAligned()) {
                    points += copyAligned(reader, writer, d, schemas, points, options);
                } else {
                    for (MeasurementSchema m : schemas) {
                        points += copySeries(reader, writer, d, m, points, options);
                    }
                }
            }
        }
        return new RewriteResult(devices, series, points, notes);
    }

    private static MeasurementSchema schema(TsFileReader reader, SeriesInfo s, CodecRegistry codecs,
                                            RewriteOptions options, List<String> notes) throws IOException {
        ChunkCodecs original = reader.codecs(s.device(), s.measurement()).orElseThrow();
        String encoding = original.encodingName();
        if (options.encoding() != null) {
            if (allowed(codecs, options.encoding(), s.type())) {
                encoding = options.encoding();
            } else {
                notes.add(s.device() + "." + s.measurement() + " " + s.type() + " keeps " + encoding + ": "
                        + options.encoding() + " is not allowed for " + s.type());
            }
        }
        String compression = options.compression() != null ? options.compression() : original.compressionName();
        return MeasurementSchema.of(s.measurement(), s.type(), encoding, compression);
    }

    private static boolean allowed(CodecRegistry codecs, String encoding, DataType type) throws TsFileException {
        Encoding e;
        try {
            e = codecs.encoding(encoding);
        } catch (CodecException ex) {
            throw new TsFileException(ex.getMessage() + " (requested encoding override)", ex);
        }
        return EncodingRules.allows(type, e.id()) && e.supports(EncodingRules.kindOf(type));
    }

    private static long copySeries(TsFileReader reader, TsFileWriter writer, DeviceInfo d, MeasurementSchema m,
                                   long before, RewriteOptions options) throws IOException {
        long points = 0;
        SeriesReader sr = reader.readSeries(d.id(), m.name(), TimeRange.ALL);
        for (SeriesBatch b = sr.next(); b != null; b = sr.next()) {
            Tablet t = new Tablet(d.id(), List.of(m), Math.max(1, b.size()));
            System.arraycopy(b.times(), 0, t.times(), 0, b.size());
            copyColumn(b.values(), t, 0, b.size());
            t.setRowCount(b.size());
            writer.write(t);
            points += b.size();
            options.progress().accept(before + points);
        }
        return points;
    }

    private static long copyAligned(TsFileReader reader, TsFileWriter writer, DeviceInfo d,
                                    List<MeasurementSchema> schemas, long before, RewriteOptions options)
            throws IOException {
        List<String> names = new ArrayList<>();
        for (MeasurementSchema m : schemas) {
            names.add(m.name());
        }
        long points = 0;
        AlignedReader ar = reader.readAligned(d.id(), names, TimeRange.ALL);
        for (AlignedBatch b = ar.next(); b != null; b = ar.next()) {
            Tablet t = new Tablet(d.id(), schemas, Math.max(1, b.size()));
            System.arraycopy(b.times(), 0, t.times(), 0, b.size());
            for (int c = 0; c < schemas.size(); c++) {
                Column col = b.column(c);
                copyColumn(col, t, c, b.size());
                points += col.nonNullCount();
            }
            t.setRowCount(b.size());
            writer.write(t);
            options.progress().accept(before + points);
        }
        return points;
    }

    private static void copyColumn(Column col, Tablet t, int c, int n) {
        // Same primitive array shape on both sides (the reader's and the tablet's are typed alike).
        System.arraycopy(col.values(), 0, t.column(c), 0, n);
        if (col.hasNulls()) {
            for (int r = 0; r < n; r++) {
                if (col.isNull(r)) {
                    t.setNull(c, r);
                }
            }
        }
    }
}
