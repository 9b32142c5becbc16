package org.orrery.tsfile.write;

import java.io.Closeable;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.orrery.codec.api.ByteSink;
import org.orrery.codec.api.CodecException;
import org.orrery.codec.api.CodecRegistry;
import org.orrery.tsfile.DeviceId;
import org.orrery.tsfile.TsFileException;
import org.orrery.tsfile.internal.format.DeviceIdFormat;
import org.orrery.tsfile.internal.format.FormatVersion;
import org.orrery.tsfile.internal.format.MetaMarker;
import org.orrery.tsfile.internal.write.DeviceWriter;
import org.orrery.tsfile.internal.write.DeviceWriters;
import org.orrery.tsfile.internal.write.IndexWriter;
import org.orrery.tsfile.internal.write.TsFileOutput;
import org.orrery.tsfile.internal.write.WriterCodecs;

/**
 * Writes one TsFile (format v4). Not thread-safe. Register devices, write tablets, close:
 *
 * <pre>{@code
 * try (TsFileWriter w = TsFileWriter.create(path, codecs, WriterOptions.defaults())) {
 *     DeviceId d = DeviceId.parse("root.plant.turbine1");
 *     w.registerDevice(d, false, List.of(MeasurementSchema.of("speed", DataType.DOUBLE)));
 *     Tablet t = new Tablet(d, List.of(MeasurementSchema.of("speed", DataType.DOUBLE)), 1024);
 *     ... fill t.times(), t.doubles(0), t.setRowCount(n) ...
 *     w.write(t);
 * }
 * }</pre>
 *
 * <p>Data is buffered per device and written as one chunk group per device on {@link #flush()},
 * when the buffered bytes exceed {@link WriterOptions#chunkGroupSizeBytes()}, and on
 * {@link #close()}, which also writes the index and the tail and (for files) syncs to disk. After
 * an I/O error the writer refuses further calls; the partial file is not a valid TsFile.
 */
public final class TsFileWriter implements Closeable {
    private final TsFileOutput out;
    private final WriterOptions options;
    private final DeviceWriters factory;
    private final Map<DeviceId, DeviceWriter> devices = new TreeMap<>();
    private final ByteSink scratch = new ByteSink(4096);
    /** Bytes buffered by all devices, kept up to date per write so the check stays O(1) in devices. */
    private long buffered;
    private boolean closed;
    private boolean failed;

    private TsFileWriter(TsFileOutput out, CodecRegistry codecs, WriterOptions options) throws IOException {
        this.out = out;
        this.options = options;
        this.factory = new DeviceWriters(options, new WriterCodecs(codecs, options.codecOptions()));
        out.write(FormatVersion.MAGIC, 0, FormatVersion.MAGIC.length);
        out.write(FormatVersion.V4);
    }

    /** Creates a new file at {@code path} (which must not exist). */
    public static TsFileWriter create(Path path, CodecRegistry codecs, WriterOptions options) throws IOException {
        TsFileOutput out = TsFileOutput.create(path);
        try {
            return new TsFileWriter(out, codecs, options);
        } catch (IOException | RuntimeException e) {
            out.close();
            throw e;
        }
    }

    /** Writes to {@code stream} (closed by {@link #close()}); {@code name} is used in messages. */
    public static TsFileWriter create(OutputStream stream, String name, CodecRegistry codecs, WriterOptions options)
            throws IOException {
        return new TsFileWriter(TsFileOutput.of(name, stream), codecs, options);
    }

    /**
     * Declares a device and (some of) its measurements. A device is aligned or not for the whole
     * file; measurements may be added later, except to an aligned device that already has data.
     *
     * @throws TsFileException naming the device/measurement if the schema conflicts, an
     *         encoding is not allowed for the type, or a codec bundle is missing
     */
    public void registerDevice(DeviceId device, boolean aligned, List<MeasurementSchema> measurements)
            throws TsFileException {
        checkOpen();
        Set<String> names = new HashSet<>();
        for (MeasurementSchema m : measurements) {
            if (!names.add(m.name())) {
                throw new TsFileException("measurement " + m.name() + " listed twice for " + device);
            }
        }
        DeviceWriter d = devices.get(device);
        if (d != null && d.isAligned() != aligned) {
            throw new TsFileException("device " + device + " is already registered as "
                    + (d.isAligned() ? "aligned" : "non-aligned"));
        }
        List<org.orrery.tsfile.internal.write.ColumnSpec> specs = factory.resolve(device, measurements);
        if (d == null) {
            d = factory.create(device, aligned);
            d.addColumns(specs);
            devices.put(device, d);
        } else {
            d.addColumns(specs);
        }
    }

    /**
     * Buffers the tablet's rows. Timestamps must strictly increase within the tablet and be after
     * everything written before for the same series (for aligned devices: the same device).
     * Nothing is buffered if the tablet is rejected.
     *
     * @throws TsFileException naming the device, measurement, row or time that is wrong
     */
    public void write(Tablet tablet) throws IOException {
        checkOpen();
        DeviceWriter d = devices.get(tablet.device());
        if (d == null) {
            throw new TsFileException("device " + tablet.device() + " is not registered");
        }
        long[] times = tablet.times();
        for (int r = 1; r < tablet.rowCount(); r++) {
            if (times[r] <= times[r - 1]) {
                throw new TsFileException("tablet of " + tablet.device() + ": time " + times[r] + " at row " + r
                        + " is not after " + times[r - 1] + " at row " + (r - 1));
            }
        }
        d.validate(tablet);
        long before = d.bufferedBytes();
        try {
            d.write(tablet);
        } catch (CodecException e) {
            // A page may have been half-buffered: the writer cannot continue consistently.
            failed = true;
            throw new TsFileException("encoding data of " + tablet.device() + " failed: " + e.getMessage(), e);
        }
        buffered += d.bufferedBytes() - before;
        if (buffered >= options.chunkGroupSizeBytes()) {
            flush();
        }
    }

    /** Writes every device's buffered data as one chunk group each (in device order). */
    public void flush() throws IOException {
        checkOpen();
        try {
            for (DeviceWriter d : devices.values()) {
                if (d.hasData()) {
                    scratch.reset();
                    scratch.write(MetaMarker.CHUNK_GROUP_HEADER);
                    DeviceIdFormat.write(scratch, d.device());
                    out.write(scratch);
                    d.flush(out, scratch);
                }
            }
            buffered = 0;
        } catch (CodecException e) {
            failed = true;
            throw new TsFileException("encoding or compressing a page for " + out.name() + " failed: " + e.getMessage(),
                    e);
        } catch (IOException | RuntimeException e) {
            failed = true;
            throw e;
        }
    }

    /** Bytes written to the output so far (buffered data not included). */
    public long position() {
        return out.position();
    }

    private void checkOpen() throws TsFileException {
        if (closed) {
            throw new TsFileException("TsFile writer for " + out.name() + " is closed");
        }
        if (failed) {
            throw new TsFileException("TsFile writer for " + out.name() + " failed earlier; the file is incomplete");
        }
    }

    /** Flushes, writes index, bloom filter and tail, syncs (files) and closes the output. */
    @Override
    public void close() throws IOException {
        if (closed) {
            return;
        }
        try {
            if (!failed) {
                flush();
                new IndexWriter(options.maxIndexDegree(), options.bloomFilterErrorRate()).write(out, devices.values());
                out.sync();
            }
        } catch (IOException | RuntimeException e) {
            failed = true;
            throw e;
        } finally {
            closed = true;
            out.close();
        }
    }
}
