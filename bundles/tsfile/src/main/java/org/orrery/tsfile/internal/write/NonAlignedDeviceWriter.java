package org.orrery.tsfile.internal.write;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.orrery.codec.api.ByteSink;
import org.orrery.codec.api.LongEncoder;
import org.orrery.tsfile.DeviceId;
import org.orrery.tsfile.TsFileException;
import org.orrery.tsfile.stats.Statistics;
import org.orrery.tsfile.write.MeasurementSchema;
import org.orrery.tsfile.write.Tablet;

/**
 * A non-aligned device: every series has its own chunk with its own time column, and a null in
 * a tablet simply means the series has no point at that time.
 */
public final class NonAlignedDeviceWriter implements DeviceWriter {
    private final DeviceId device;
    private final PageContext context;
    private final WriterCodecs codecs;
    private final LongEncoder timeEncoder;
    private final Map<String, SeriesChunkWriter> series = new TreeMap<>();
    private final Map<String, SeriesIndex> index = new TreeMap<>();

    NonAlignedDeviceWriter(DeviceId device, PageContext context, WriterCodecs codecs, LongEncoder timeEncoder) {
        this.device = device;
        this.context = context;
        this.codecs = codecs;
        this.timeEncoder = timeEncoder;
    }

    @Override
    public DeviceId device() {
        return device;
    }

    @Override
    public boolean isAligned() {
        return false;
    }

    @Override
    public void addColumns(Collection<ColumnSpec> columns) throws TsFileException {
        for (ColumnSpec c : columns) {
            SeriesChunkWriter existing = series.get(c.name());
            if (existing != null) {
                if (existing.spec().type() != c.type()) {
                    throw new TsFileException("measurement " + device + "." + c.name() + " is already registered as "
                            + existing.spec().type() + ", not " + c.type());
                }
                continue;
            }
            series.put(c.name(), new SeriesChunkWriter(c, context, timeEncoder, codecs.encoder(c.encoding(), c.type())));
            index.put(c.name(), new SeriesIndex(c.name(), c.type().id(), (byte) 0, Statistics.forType(c.type())));
        }
    }

    @Override
    public void validate(Tablet tablet) throws TsFileException {
        int rows = tablet.rowCount();
        List<MeasurementSchema> cols = tablet.columns();
        for (int c = 0; c < cols.size(); c++) {
            MeasurementSchema m = cols.get(c);
            SeriesChunkWriter w = series.get(m.name());
            if (w == null) {
                throw new TsFileException("measurement " + device + "." + m.name() + " is not registered");
            }
            if (w.spec().type() != m.type()) {
                throw new TsFileException("measurement " + device + "." + m.name() + " is " + w.spec().type()
                        + " but the tablet has " + m.type());
            }
            int first = SeriesChunkWriter.firstNonNullRow(tablet, c, rows);
            if (first >= 0 && !w.accepts(tablet.times()[first])) {
                throw new TsFileException("time " + tablet.times()[first] + " of " + device + "." + m.name()
                        + " (tablet row " + first + ") is not after the last written time " + w.lastTime());
            }
        }
    }

    @Override
    public void write(Tablet tablet) {
        List<MeasurementSchema> cols = tablet.columns();
        for (int c = 0; c < cols.size(); c++) {
            series.get(cols.get(c).name()).write(tablet, c);
        }
    }

    @Override
    public boolean hasData() {
        for (SeriesChunkWriter w : series.values()) {
            if (w.hasData()) {
                return true;
            }
        }
        return false;
    }

    @Override
    public long bufferedBytes() {
        long total = 0;
        for (SeriesChunkWriter w : series.values()) {
            total += w.bufferedBytes();
        }
        return total;
    }

    @Override
    public void flush(TsFileOutput out, ByteSink scratch) throws IOException {
        for (SeriesChunkWriter w : series.values()) {
            if (w.hasData()) {
                index.get(w.spec().name()).add(w.flush(out, scratch));
            }
        }
    }

    @Override
    public Collection<SeriesIndex> seriesIndex() {
        List<SeriesIndex> out = new ArrayList<>();
        for (SeriesIndex s : index.values()) {
            if (!s.chunks.isEmpty()) {
                out.add(s);
            }
        }
        return out;
    }
}
