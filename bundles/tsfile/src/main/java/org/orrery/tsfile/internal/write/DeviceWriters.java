package org.orrery.tsfile.internal.write;

import java.util.ArrayList;
import java.util.List;
import org.orrery.codec.api.Compressor;
import org.orrery.codec.api.Encoding;
import org.orrery.codec.api.EncodingIds;
import org.orrery.codec.api.LongEncoder;
import org.orrery.tsfile.DeviceId;
import org.orrery.tsfile.TsFileException;
import org.orrery.tsfile.write.MeasurementSchema;
import org.orrery.tsfile.write.WriterOptions;

/** Creates device writers for one file writer, resolving measurement codecs against its options. */
public final class DeviceWriters {
    private final WriterOptions options;
    private final WriterCodecs codecs;
    private final PageContext context;
    private LongEncoder nonAlignedTimeEncoder;

    public DeviceWriters(WriterOptions options, WriterCodecs codecs) {
        this.options = options;
        this.codecs = codecs;
        this.context = new PageContext(options.maxPointsPerPage(), options.pageSizeBytes());
    }

    public DeviceWriter create(DeviceId device, boolean aligned) throws TsFileException {
        if (aligned) {
            String what = "time column of " + device;
            Encoding timeEncoding = codecs.encoding(options.alignedTimeEncoding(),
                    org.orrery.common.type.DataType.INT64, what);
            Compressor timeCompressor = codecs.compressor(options.alignedTimeCompression(), what);
            return new AlignedDeviceWriter(device, context, codecs, timeEncoding, timeCompressor);
        }
        if (nonAlignedTimeEncoder == null) {
            // The format does not record the time encoding of non-aligned chunks: readers assume
            // TS_2DIFF, so it is not configurable.
            Encoding ts2diff = codecs.encoding(EncodingIds.formatName(EncodingIds.TS_2DIFF),
                    org.orrery.common.type.DataType.INT64, "time column");
            nonAlignedTimeEncoder = codecs.timeEncoder(ts2diff);
        }
        return new NonAlignedDeviceWriter(device, context, codecs, nonAlignedTimeEncoder);
    }

    /** Resolves the codecs of {@code schemas} (defaults from the options where they name none). */
    public List<ColumnSpec> resolve(DeviceId device, List<MeasurementSchema> schemas) throws TsFileException {
        List<ColumnSpec> specs = new ArrayList<>(schemas.size());
        for (MeasurementSchema m : schemas) {
            String column = device + "." + m.name();
            String enc = m.encoding() != null ? m.encoding() : options.defaultEncoding(m.type());
            String comp = m.compression() != null ? m.compression() : options.defaultCompression();
            specs.add(new ColumnSpec(m.name(), m.type(), codecs.encoding(enc, m.type(), column),
                    codecs.compressor(comp, column)));
        }
        return specs;
    }
}
