package org.orrery.tsfile.internal.write;

import java.io.IOException;
import java.util.Collection;
import org.orrery.codec.api.ByteSink;
import org.orrery.tsfile.DeviceId;
import org.orrery.tsfile.TsFileException;
import org.orrery.tsfile.write.Tablet;

/** Buffers one device's data until its chunk group is flushed. */
public interface DeviceWriter {
    DeviceId device();

    boolean isAligned();

    /** Adds measurements; fails naming the device if that is not possible now. */
    void addColumns(Collection<ColumnSpec> columns) throws TsFileException;

    /**
     * Checks that every column of the tablet is registered with the same type and that its
     * timestamps continue the series; nothing is buffered if this fails.
     */
    void validate(Tablet tablet) throws TsFileException;

    /** Buffers the tablet (after {@link #validate}). */
    void write(Tablet tablet);

    boolean hasData();

    long bufferedBytes();

    /** Writes the chunks of this device's chunk group (after its header) and records them in the index. */
    void flush(TsFileOutput out, ByteSink scratch) throws IOException;

    /** The index entries of this device's series, sorted by measurement id. */
    Collection<SeriesIndex> seriesIndex();
}
