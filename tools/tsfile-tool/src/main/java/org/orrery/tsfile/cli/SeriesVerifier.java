package org.orrery.tsfile.cli;

import java.io.IOException;
import java.util.List;
import org.orrery.tsfile.read.ChunkInfo;
import org.orrery.tsfile.read.DeviceInfo;
import org.orrery.tsfile.read.SeriesBatch;
import org.orrery.tsfile.read.SeriesInfo;
import org.orrery.tsfile.read.SeriesReader;
import org.orrery.tsfile.read.TimeRange;
import org.orrery.tsfile.read.TsFileReader;
import org.orrery.tsfile.stats.Statistics;

/**
 * Reads one value series in storage order and checks its stored statistics against its decoded
 * points: every chunk's (from the index) and the timeseries metadata's, plus strictly increasing
 * timestamps. The reader yields one batch per page and does not say which chunk a page came from,
 * so pages are given to the index's chunks in order, each chunk taking pages until it has the
 * point count it claims. While the stored counts are right this is exactly the file's layout; the
 * first chunk whose count is wrong is the one reported, because the chunks before it were
 * attributed correctly.
 */
final class SeriesVerifier {
    private final TsFileReader reader;
    private final DeviceInfo device;
    private final SeriesInfo series;
    private final String where;

    SeriesVerifier(TsFileReader reader, DeviceInfo device, SeriesInfo series) {
        this.reader = reader;
        this.device = device;
        this.series = series;
        this.where = reader.name() + ": " + device.id() + "." + series.measurement();
    }

    /** Checks the series; returns the number of points decoded. */
    long verify() throws IOException, CommandException {
        List<ChunkInfo> chunks = reader.chunks(device.id(), series.measurement());
        if (!device.isAligned()) {
            for (ChunkInfo c : chunks) {
                if (c.statistics().count() == 0) {
                    // Readers skip a chunk whose statistics say it is empty, so its data would vanish silently.
                    throw mismatch(chunkLevel(c), "statistics count=0 stored, but a chunk of a non-aligned series"
                            + " always holds points");
                }
            }
        }
        TimeOrder order = new TimeOrder();
        Statistics seriesDecoded = Statistics.forType(series.type());
        Statistics chunkDecoded = Statistics.forType(series.type());
        int k = nextWithPoints(chunks, 0);
        SeriesReader pages = reader.readSeries(device.id(), series.measurement(), TimeRange.ALL);
        for (SeriesBatch page = pages.next(); page != null; page = pages.next()) {
            if (page.size() == 0) {
                continue;
            }
            if (k >= chunks.size()) {
                throw mismatch(seriesLevel(), "the index's chunks count " + seriesDecoded.count()
                        + " points in total but more were decoded");
            }
            ChunkInfo chunk = chunks.get(k);
            String disorder = order.next(page.times(), page.size());
            if (disorder != null) {
                throw mismatch(chunkLevel(chunk), disorder);
            }
            Statistics pageDecoded = DecodedStatistics.of(page);
            long stored = chunk.statistics().count();
            long decoded = chunkDecoded.count() + pageDecoded.count();
            if (decoded > stored) {
                throw mismatch(chunkLevel(chunk), "statistics count=" + stored + " stored but its pages in storage"
                        + " order decode to more points (at least " + decoded + ")");
            }
            chunkDecoded.merge(pageDecoded);
            if (decoded == stored) {
                compare(chunkLevel(chunk), chunk.statistics(), chunkDecoded);
                seriesDecoded.merge(chunkDecoded);
                chunkDecoded = Statistics.forType(series.type());
                k = nextWithPoints(chunks, k + 1);
            }
        }
        if (k < chunks.size()) {
            ChunkInfo chunk = chunks.get(k);
            throw mismatch(chunkLevel(chunk), "statistics count=" + chunk.statistics().count()
                    + " stored but count=" + chunkDecoded.count() + " from the decoded points");
        }
        compare(seriesLevel(), series.statistics(), seriesDecoded);
        return seriesDecoded.count();
    }

    /** The index of the first chunk from {@code i} that claims points (aligned value chunks may be all null). */
    private static int nextWithPoints(List<ChunkInfo> chunks, int i) {
        while (i < chunks.size() && chunks.get(i).statistics().count() == 0) {
            i++;
        }
        return i;
    }

    private void compare(String level, Statistics stored, Statistics decoded) throws CommandException {
        StatisticsDifference d = StatisticsDifference.between(stored, decoded);
        if (d != null) {
            throw mismatch(level, d.describe());
        }
    }

    private static String chunkLevel(ChunkInfo c) {
        return "chunk at offset " + c.offset();
    }

    private String seriesLevel() {
        return "timeseries metadata (index from offset " + reader.metaOffset() + ")";
    }

    private CommandException mismatch(String level, String detail) {
        return CommandException.unreadable(where + ": " + level + ": " + detail, null);
    }
}
