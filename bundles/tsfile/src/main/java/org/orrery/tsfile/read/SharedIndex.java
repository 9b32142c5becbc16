package org.orrery.tsfile.read;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.LongConsumer;
import org.orrery.tsfile.DeviceId;
import org.orrery.tsfile.internal.format.TimeseriesMetadata;

/**
 * The parts of one file's index that readers of the file have looked up (devices with their
 * measurement roots, each device's timeseries metadata, the page headers of chunks read page by
 * page), shared through a {@link MetadataCache}
 * by every reader of that file, on any thread. Values are published complete (a device's root node
 * is read before its entry is put) and never modified afterwards.
 */
final class SharedIndex {
    /** A device's series in index order, and by measurement id. */
    record DeviceSeries(List<TimeseriesMetadata> all, Map<String, TimeseriesMetadata> byName) {}

    private final ConcurrentHashMap<DeviceId, Optional<IndexReader.DeviceEntry>> devices = new ConcurrentHashMap<>();
    private final ConcurrentHashMap<DeviceId, DeviceSeries> series = new ConcurrentHashMap<>();
    /** Page headers of chunks read page by page, without their bytes, by chunk offset. */
    private final ConcurrentHashMap<Long, LoadedChunk> pageIndexes = new ConcurrentHashMap<>();
    private final LongConsumer charge;

    /** @param charge told the serialized bytes of every part added (for the cache's bound) */
    SharedIndex(LongConsumer charge) {
        this.charge = charge;
    }

    /** The looked-up device (empty: the file has none), or null when not looked up yet. */
    Optional<IndexReader.DeviceEntry> device(DeviceId id) {
        return devices.get(id);
    }

    void putDevice(DeviceId id, Optional<IndexReader.DeviceEntry> entry, long serializedBytes) {
        if (devices.putIfAbsent(id, entry) == null) {
            charge.accept(serializedBytes + id.toString().length());
        }
    }

    DeviceSeries series(DeviceId id) {
        return series.get(id);
    }

    LoadedChunk pageIndex(long chunkOffset) {
        return pageIndexes.get(chunkOffset);
    }

    /** Keeps a chunk's page headers ({@link LoadedChunk#withoutData()}), charged per page. */
    void putPageIndex(long chunkOffset, LoadedChunk index) {
        if (pageIndexes.putIfAbsent(chunkOffset, index) == null) {
            charge.accept(64L + 48L * index.pages.size());
        }
    }

    void putSeries(DeviceId id, DeviceSeries parsed, long serializedBytes) {
        if (series.putIfAbsent(id, parsed) == null) {
            charge.accept(serializedBytes);
        }
    }
}
