package org.orrery.tsfile.cli;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.orrery.tsfile.read.AlignedBatch;
import org.orrery.tsfile.read.AlignedReader;
import org.orrery.tsfile.read.DeviceInfo;
import org.orrery.tsfile.read.SeriesInfo;
import org.orrery.tsfile.read.TimeRange;
import org.orrery.tsfile.read.TsFileReader;
import org.orrery.tsfile.stats.TimeStatistics;

/**
 * The consistency checks of {@code dump} (those of the TsFile oracle's dump, as far as the reader's
 * public API exposes the stored values): for every series the bloom filter contains it, its
 * timestamps strictly increase, and the statistics of each chunk and of its timeseries metadata
 * equal those recomputed from its decoded points; an aligned device's time column the same at
 * series level; every chunk header the data-section scan found is referenced by the index. Chunk
 * headers are checked against their index entries by the reader as it loads each chunk.
 *
 * <p>TsFile pages carry no checksums, so a flipped value byte often decodes fine; the statistics
 * written beside the data are what exposes it.
 */
final class DumpVerifier {
    private final TsFileReader reader;
    private long chunks;
    private long series;
    private long points;
    private long timeColumns;

    private DumpVerifier(TsFileReader reader) {
        this.reader = reader;
    }

    /**
     * Verifies the file.
     *
     * @param scannedChunkHeaders chunk headers the data-section scan found, or -1 if it did not run
     * @return a one-line account of what was checked, for a {@code #} line
     * @throws CommandException (exit 2) naming the file, series, level, offset and both values of
     *         the first inconsistency
     */
    static String verify(TsFileReader reader, int scannedChunkHeaders) throws IOException, CommandException {
        DumpVerifier v = new DumpVerifier(reader);
        boolean chunksCountable = v.verifyDevices();
        if (scannedChunkHeaders >= 0 && chunksCountable && scannedChunkHeaders != v.chunks) {
            throw CommandException.unreadable(reader.name() + ": the data section holds " + scannedChunkHeaders
                    + " chunk headers but the index references " + v.chunks + " chunks", null);
        }
        return "verify: statistics of " + v.chunks + " chunks and " + v.series + " series"
                + (v.timeColumns > 0 ? " (+" + v.timeColumns + " aligned time columns)" : "")
                + " equal the ones recomputed from " + v.points + " decoded points; timestamps strictly increase"
                + (reader.hasBloomFilter() ? "; the bloom filter has every series" : "; no bloom filter");
    }

    /** Returns whether {@link #chunks} counts every chunk (it cannot for an aligned device without value columns). */
    private boolean verifyDevices() throws IOException, CommandException {
        List<DeviceInfo> devices = new ArrayList<>(reader.devices());
        devices.sort(Comparator.comparing(d -> d.id().toString()));
        boolean countable = true;
        for (DeviceInfo d : devices) {
            List<SeriesInfo> all = new ArrayList<>(reader.series(d.id()));
            all.sort(Comparator.comparing(SeriesInfo::measurement));
            if (d.isAligned()) {
                verifyTimeColumn(d);
                if (all.isEmpty()) {
                    countable = false;
                } else {
                    chunks += all.get(0).chunkCount(); // the time column has one chunk per value column chunk
                }
            }
            for (SeriesInfo s : all) {
                if (!reader.mayContain(d.id(), s.measurement())) {
                    throw CommandException.unreadable(reader.name() + ": " + d.id() + "." + s.measurement()
                            + ": bloom filter: does not contain this series, which the index lists", null);
                }
                points += new SeriesVerifier(reader, d, s).verify();
                chunks += s.chunkCount();
                series++;
            }
        }
        return countable;
    }

    /**
     * The time column of an aligned device: increasing timestamps and its series statistics (the
     * reader exposes no chunk statistics for it).
     */
    private void verifyTimeColumn(DeviceInfo d) throws IOException, CommandException {
        String where = reader.name() + ": " + d.id() + ".<time>";
        TimeStatistics stored = reader.alignedTimeStatistics(d.id()).orElseThrow(() ->
                CommandException.unreadable(where + ": aligned device without a time column", null));
        TimeStatistics decoded = new TimeStatistics();
        TimeOrder order = new TimeOrder();
        AlignedReader rows = reader.readAligned(d.id(), List.of(), TimeRange.ALL);
        for (AlignedBatch b = rows.next(); b != null; b = rows.next()) {
            String disorder = order.next(b.times(), b.size());
            if (disorder != null) {
                throw CommandException.unreadable(where + ": " + disorder, null);
            }
            decoded.update(b.times(), 0, b.size());
        }
        StatisticsDifference diff = StatisticsDifference.between(stored, decoded);
        if (diff != null) {
            throw CommandException.unreadable(where + ": timeseries metadata (index from offset "
                    + reader.metaOffset() + "): " + diff.describe(), null);
        }
        timeColumns++;
    }
}
