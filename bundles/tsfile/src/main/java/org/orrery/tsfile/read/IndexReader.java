package org.orrery.tsfile.read;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.orrery.tsfile.CorruptTsFileException;
import org.orrery.tsfile.DeviceId;
import org.orrery.tsfile.internal.format.FormatVersion;
import org.orrery.tsfile.internal.format.IndexNodeType;
import org.orrery.tsfile.internal.format.MetadataIndexNode;
import org.orrery.tsfile.internal.format.TimeseriesMetadata;
import org.orrery.tsfile.internal.io.ByteReader;

/**
 * Walks the metadata index: table roots → device-level nodes → each device's measurement-level
 * nodes → timeseries metadata. Every child must lie before its parent (the writer emits nodes
 * after their children), which also guarantees that a corrupt index cannot loop.
 */
final class IndexReader {
    /** Devices whose timeseries metadata stay cached (a query touches few devices at a time). */
    private static final int CACHED_DEVICES = 64;
    /** Deeper trees cannot occur (256^32 entries); a corrupt index claiming more is rejected. */
    private static final int MAX_DEPTH = 32;

    private final FileStructure file;
    /** Index parts shared with other readers of the file through a metadata cache, or null. */
    private final SharedIndex shared;
    private final long indexStart;
    private List<DeviceEntry> devices;
    private final Map<DeviceId, List<TimeseriesMetadata>> cache =
            new LinkedHashMap<DeviceId, List<TimeseriesMetadata>>(16, 0.75f, true) {
                private static final long serialVersionUID = 1L;

                @Override
                protected boolean removeEldestEntry(Map.Entry<DeviceId, List<TimeseriesMetadata>> eldest) {
                    return size() > CACHED_DEVICES;
                }
            };

    IndexReader(FileStructure file, SharedIndex shared) {
        this.file = file;
        this.shared = shared;
        this.indexStart = file.metaOffset() + 1;
    }

    /** A device in the index: where its measurement-level root node is. */
    static final class DeviceEntry {
        final DeviceId id;
        final long rootStart;
        final long rootEnd;
        MetadataIndexNode root;

        DeviceEntry(DeviceId id, long rootStart, long rootEnd) {
            this.id = id;
            this.rootStart = rootStart;
            this.rootEnd = rootEnd;
        }
    }

    /** All devices, table by table in table-name order, each table in index order. */
    List<DeviceEntry> devices() throws IOException {
        if (devices == null) {
            List<DeviceEntry> all = new ArrayList<>();
            for (MetadataIndexNode root : file.metadata().tableRoots().values()) {
                collectDevices(root, all, 0, new HashSet<>());
            }
            devices = Collections.unmodifiableList(all);
        }
        return devices;
    }

    private void collectDevices(MetadataIndexNode node, List<DeviceEntry> out, int depth, Set<Long> visited)
            throws IOException {
        checkDepth(depth, node);
        for (int i = 0; i < node.size(); i++) {
            checkOnce(visited, node.offset(i));
            if (node.type() == IndexNodeType.LEAF_DEVICE) {
                out.add(new DeviceEntry(node.deviceKey(i), node.offset(i), node.childEnd(i)));
            } else {
                collectDevices(readNode(node.offset(i), node.childEnd(i), true, "device index node"), out, depth + 1,
                        visited);
            }
        }
    }

    /** The device, or null if the file has none with this id. */
    DeviceEntry findDevice(DeviceId id) throws IOException {
        if (shared == null) {
            return walkToDevice(id);
        }
        java.util.Optional<DeviceEntry> known = shared.device(id);
        if (known != null) {
            return known.orElse(null);
        }
        DeviceEntry d = walkToDevice(id);
        if (d != null) {
            root(d); // other readers never write the entry: read its root before sharing it
        }
        shared.putDevice(id, java.util.Optional.ofNullable(d), d == null ? 0 : d.rootEnd - d.rootStart);
        return d;
    }

    private DeviceEntry walkToDevice(DeviceId id) throws IOException {
        boolean v3 = file.version() == FormatVersion.V3;
        MetadataIndexNode node = file.metadata().tableRoots().get(v3 ? "" : id.tableName());
        while (node != null) {
            int i = lastNotAfter(node, id, v3);
            if (i < 0) {
                return null;
            }
            if (node.type() == IndexNodeType.LEAF_DEVICE) {
                return compareDevices(node.deviceKey(i), id, v3) == 0
                        ? new DeviceEntry(node.deviceKey(i), node.offset(i), node.childEnd(i)) : null;
            }
            node = readNode(node.offset(i), node.childEnd(i), true, "device index node");
        }
        return null;
    }

    private static int compareDevices(DeviceId a, DeviceId b, boolean v3) {
        // v3 stores device ids as plain strings and sorts them as strings.
        return v3 ? a.toString().compareTo(b.toString()) : a.compareTo(b);
    }

    private static int lastNotAfter(MetadataIndexNode node, DeviceId key, boolean v3) {
        int lo = 0;
        int hi = node.size() - 1;
        int found = -1;
        while (lo <= hi) {
            int mid = (lo + hi) >>> 1;
            if (compareDevices(node.deviceKey(mid), key, v3) <= 0) {
                found = mid;
                lo = mid + 1;
            } else {
                hi = mid - 1;
            }
        }
        return found;
    }

    private static int lastNotAfter(MetadataIndexNode node, String key) {
        int lo = 0;
        int hi = node.size() - 1;
        int found = -1;
        while (lo <= hi) {
            int mid = (lo + hi) >>> 1;
            if (node.measurementKey(mid).compareTo(key) <= 0) {
                found = mid;
                lo = mid + 1;
            } else {
                hi = mid - 1;
            }
        }
        return found;
    }

    /** The device's measurement-level root node. */
    MetadataIndexNode root(DeviceEntry d) throws IOException {
        if (d.root == null) {
            d.root = readNode(d.rootStart, d.rootEnd, false, "measurement index root of " + d.id);
        }
        return d.root;
    }

    /** Whether the device is aligned: its first series is the time column, id "" (sorted first). */
    boolean isAligned(DeviceEntry d) throws IOException {
        return root(d).measurementKey(0).isEmpty();
    }

    /** Every series entry of the device in index order (for aligned devices the time column first). */
    List<TimeseriesMetadata> timeseries(DeviceEntry d) throws IOException {
        if (shared != null) {
            return sharedSeries(d).all();
        }
        List<TimeseriesMetadata> cached = cache.get(d.id);
        if (cached == null) {
            List<TimeseriesMetadata> all = new ArrayList<>();
            collectTimeseries(d, root(d), all, 0, new HashSet<>());
            cached = Collections.unmodifiableList(all);
            cache.put(d.id, cached);
        }
        return cached;
    }

    /** The device's series as shared by every reader of the file, parsed on first use. */
    private SharedIndex.DeviceSeries sharedSeries(DeviceEntry d) throws IOException {
        SharedIndex.DeviceSeries known = shared.series(d.id);
        if (known != null) {
            return known;
        }
        List<TimeseriesMetadata> all = new ArrayList<>();
        long bytes = collectTimeseries(d, root(d), all, 0, new HashSet<>());
        Map<String, TimeseriesMetadata> byName = new java.util.HashMap<>();
        for (TimeseriesMetadata t : all) {
            byName.putIfAbsent(t.measurementId(), t);
        }
        shared.putSeries(d.id, new SharedIndex.DeviceSeries(Collections.unmodifiableList(all),
                Collections.unmodifiableMap(byName)), bytes);
        return shared.series(d.id);
    }

    /** Adds the device's series under {@code node} to {@code out}; returns the bytes read. */
    private long collectTimeseries(DeviceEntry d, MetadataIndexNode node, List<TimeseriesMetadata> out, int depth,
                                   Set<Long> visited) throws IOException {
        checkDepth(depth, node);
        long bytes = 0;
        for (int i = 0; i < node.size(); i++) {
            checkOnce(visited, node.offset(i));
            bytes += node.childEnd(i) - node.offset(i);
            if (node.type() == IndexNodeType.LEAF_MEASUREMENT) {
                ByteReader in = file.read(node.offset(i), node.childEnd(i), "timeseries metadata of " + d.id);
                while (in.hasRemaining()) {
                    out.add(TimeseriesMetadata.read(in, d.id.toString()));
                }
            } else {
                bytes += collectTimeseries(d, readNode(node.offset(i), node.childEnd(i), false,
                        "measurement index node of " + d.id), out, depth + 1, visited);
            }
        }
        return bytes;
    }

    /** The series entry of {@code measurement}, or null; descends the tree without reading all entries. */
    TimeseriesMetadata find(DeviceEntry d, String measurement) throws IOException {
        if (shared != null) {
            return sharedSeries(d).byName().get(measurement);
        }
        List<TimeseriesMetadata> cached = cache.get(d.id);
        if (cached != null) {
            for (TimeseriesMetadata t : cached) {
                if (t.measurementId().equals(measurement)) {
                    return t;
                }
            }
            return null;
        }
        MetadataIndexNode node = root(d);
        while (true) {
            int i = lastNotAfter(node, measurement);
            if (i < 0) {
                return null;
            }
            if (node.type() == IndexNodeType.LEAF_MEASUREMENT) {
                ByteReader in = file.read(node.offset(i), node.childEnd(i), "timeseries metadata of " + d.id);
                while (in.hasRemaining()) {
                    TimeseriesMetadata t = TimeseriesMetadata.read(in, d.id.toString());
                    int c = t.measurementId().compareTo(measurement);
                    if (c == 0) {
                        return t;
                    }
                    if (c > 0) {
                        return null;
                    }
                }
                return null;
            }
            node = readNode(node.offset(i), node.childEnd(i), false, "measurement index node of " + d.id);
        }
    }

    /**
     * In a valid index every node and metadata range is referenced once; a corrupt index that
     * shares children could otherwise make a walk take exponential time.
     */
    private void checkOnce(Set<Long> visited, long offset) throws CorruptTsFileException {
        if (!visited.add(offset)) {
            throw new CorruptTsFileException(file.name() + ": metadata index references offset " + offset
                    + " more than once", offset);
        }
    }

    private void checkDepth(int depth, MetadataIndexNode node) throws CorruptTsFileException {
        if (depth > MAX_DEPTH) {
            throw new CorruptTsFileException(file.name() + ": metadata index deeper than " + MAX_DEPTH
                    + " levels (node ending at offset " + node.endOffset() + ")", node.endOffset());
        }
    }

    private MetadataIndexNode readNode(long start, long end, boolean deviceLevel, String what) throws IOException {
        if (start < indexStart || end > file.metadataStart() || end <= start) {
            throw new CorruptTsFileException(file.name() + ": " + what + " at offsets " + start + ".." + end
                    + " lies outside the index section " + indexStart + ".." + file.metadataStart(), start);
        }
        ByteReader in = file.read(start, end, what);
        // Children come before their parent: limit them to offsets below this node.
        return MetadataIndexNode.read(in, file.version(), deviceLevel, indexStart, start);
    }
}
