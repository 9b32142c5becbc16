package org.orrery.tsfile.internal.write;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.orrery.codec.api.ByteSink;
import org.orrery.tsfile.DeviceId;
import org.orrery.tsfile.internal.format.BloomFilter;
import org.orrery.tsfile.internal.format.FileMetadata;
import org.orrery.tsfile.internal.format.FormatVersion;
import org.orrery.tsfile.internal.format.IndexNodeType;
import org.orrery.tsfile.internal.format.MetaMarker;
import org.orrery.tsfile.internal.format.MetadataIndexNode;
import org.orrery.tsfile.internal.format.TimeseriesMetadata;

/**
 * Writes the index section and the tail when a file is closed: separator, per table and device
 * the timeseries metadata and measurement-level index nodes, the device-level nodes, the file
 * metadata (table roots, metaOffset, bloom filter, properties), its size and the magic.
 *
 * <p>Tree construction follows the official writer so that its readers find everything: a
 * LEAF_MEASUREMENT entry every {@code degree} series (readers scan forward from an entry), at
 * most {@code degree} entries per node, INTERNAL levels built bottom-up until one root remains;
 * nodes are written after their children, so every offset points backwards.
 */
public final class IndexWriter {
    private final int degree;
    private final double bloomErrorRate;
    private final ByteSink buf = new ByteSink(64 * 1024);
    private final ByteSink scratch = new ByteSink(1024);
    private long base;

    public IndexWriter(int degree, double bloomErrorRate) {
        this.degree = degree;
        this.bloomErrorRate = bloomErrorRate;
    }

    /** Writes everything after the data section; {@code devices} in any order. */
    public void write(TsFileOutput out, Collection<DeviceWriter> devices) throws IOException {
        long metaOffset = out.position();
        out.write(MetaMarker.SEPARATOR);
        base = out.position();
        buf.reset();

        Map<String, Map<DeviceId, DeviceWriter>> tables = new TreeMap<>();
        int bloomEntries = 0;
        for (DeviceWriter d : devices) {
            if (d.seriesIndex().isEmpty()) {
                continue;
            }
            tables.computeIfAbsent(d.device().tableName(), k -> new TreeMap<>()).put(d.device(), d);
            bloomEntries += d.seriesIndex().size();
        }
        BloomFilter bloom = BloomFilter.forEntries(bloomEntries, bloomErrorRate);
        Map<String, MetadataIndexNode> roots = new LinkedHashMap<>();
        for (Map.Entry<String, Map<DeviceId, DeviceWriter>> table : tables.entrySet()) {
            Map<DeviceId, MetadataIndexNode> deviceRoots = new LinkedHashMap<>();
            for (DeviceWriter d : table.getValue().values()) {
                deviceRoots.put(d.device(), writeDevice(d, bloom));
            }
            roots.put(table.getKey(), writeDeviceLevel(deviceRoots));
        }
        out.write(buf);
        long metadataStart = out.position();
        buf.reset();
        FileMetadata.writeV4(buf, roots, metaOffset, bloom, FileMetadata.PLAIN_FILE_PROPERTIES);
        out.write(buf);
        int metadataSize = (int) (out.position() - metadataStart);
        buf.reset();
        buf.writeInt(metadataSize);
        buf.write(FormatVersion.MAGIC);
        out.write(buf);
    }

    private long position() {
        return base + buf.size();
    }

    /** Writes a device's timeseries metadata and returns its (unwritten) measurement-level root. */
    private MetadataIndexNode writeDevice(DeviceWriter d, BloomFilter bloom) {
        List<MetadataIndexNode> leaves = new ArrayList<>();
        NodeBuilder<String> current = new NodeBuilder<>(IndexNodeType.LEAF_MEASUREMENT);
        int written = 0;
        for (SeriesIndex s : d.seriesIndex()) {
            if (written % degree == 0) {
                if (current.size() == degree) {
                    leaves.add(current.finish(position()));
                    current = new NodeBuilder<>(IndexNodeType.LEAF_MEASUREMENT);
                }
                current.add(s.measurementId, position());
            }
            TimeseriesMetadata.write(buf, scratch, s.measurementId, s.dataTypeId, s.columnMask, s.statistics, s.chunks);
            bloom.add(d.device() + "." + s.measurementId);
            written++;
        }
        leaves.add(current.finish(position()));
        return buildRoot(leaves, IndexNodeType.INTERNAL_MEASUREMENT);
    }

    /** Writes each device's measurement root and returns the table's (unwritten) device-level root. */
    private MetadataIndexNode writeDeviceLevel(Map<DeviceId, MetadataIndexNode> deviceRoots) {
        List<MetadataIndexNode> leaves = new ArrayList<>();
        NodeBuilder<DeviceId> current = new NodeBuilder<>(IndexNodeType.LEAF_DEVICE);
        for (Map.Entry<DeviceId, MetadataIndexNode> e : deviceRoots.entrySet()) {
            if (current.size() == degree) {
                leaves.add(current.finish(position()));
                current = new NodeBuilder<>(IndexNodeType.LEAF_DEVICE);
            }
            current.add(e.getKey(), position());
            e.getValue().write(buf);
        }
        leaves.add(current.finish(position()));
        return buildRoot(leaves, IndexNodeType.INTERNAL_DEVICE);
    }

    /** Adds INTERNAL levels over {@code level} (writing its nodes) until one node remains. */
    private MetadataIndexNode buildRoot(List<MetadataIndexNode> level, IndexNodeType internalType) {
        List<MetadataIndexNode> nodes = level;
        while (nodes.size() > 1) {
            List<MetadataIndexNode> parents = new ArrayList<>();
            NodeBuilder<Object> current = new NodeBuilder<>(internalType);
            for (MetadataIndexNode child : nodes) {
                if (current.size() == degree) {
                    parents.add(current.finish(position()));
                    current = new NodeBuilder<>(internalType);
                }
                current.add(child.type().isDeviceLevel() ? child.deviceKey(0) : child.measurementKey(0), position());
                child.write(buf);
            }
            parents.add(current.finish(position()));
            nodes = parents;
        }
        return nodes.get(0);
    }

    /** Collects the entries of one node until it is finished. */
    private static final class NodeBuilder<K> {
        private final IndexNodeType type;
        private final List<K> keys = new ArrayList<>();
        private long[] offsets = new long[16];

        NodeBuilder(IndexNodeType type) {
            this.type = type;
        }

        int size() {
            return keys.size();
        }

        void add(K key, long offset) {
            if (keys.size() == offsets.length) {
                offsets = java.util.Arrays.copyOf(offsets, offsets.length * 2);
            }
            offsets[keys.size()] = offset;
            keys.add(key);
        }

        @SuppressWarnings("unchecked")
        MetadataIndexNode finish(long endOffset) {
            long[] used = java.util.Arrays.copyOf(offsets, keys.size());
            if (type.isDeviceLevel()) {
                return MetadataIndexNode.ofDevices(type, (List<DeviceId>) keys, used, endOffset);
            }
            return MetadataIndexNode.ofMeasurements(type, (List<String>) keys, used, endOffset);
        }
    }
}
