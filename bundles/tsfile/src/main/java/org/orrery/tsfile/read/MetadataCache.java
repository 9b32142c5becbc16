package org.orrery.tsfile.read;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.nio.file.attribute.FileTime;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.LongAdder;

/**
 * The parsed indexes of TsFiles, kept across readers and threads: a reader opened with a cache
 * (see {@link ReaderOptions#withMetadataCache}) skips reading and checking the file's tail, file
 * metadata and bloom filter when another reader already did, and finds the devices and the
 * timeseries metadata (with their chunk lists and statistics) that earlier readers looked up
 * without reading the index again. Queries that open the same files over and over (every scan
 * opens its files) then pay only for the data they decode.
 *
 * <p>Bounded by an estimate of the bytes the parsed structures hold (a multiple of their size on
 * disk); files are evicted least recently opened first. An entry is used only while the file still
 * has the size and last-modified time it had when it was parsed, so a file deleted and written
 * again under the same name is parsed afresh; callers that delete files should still
 * {@link #invalidate} them to free the memory at once. Thread-safe.
 */
public final class MetadataCache {
    /** Bytes charged per file entry beyond its parsed structures (maps, keys, attributes). */
    static final long FILE_OVERHEAD = 1024;
    /** Parsed metadata takes about this many times its serialized size on the heap. */
    static final int EXPANSION = 4;

    private final long maxBytes;
    private final LinkedHashMap<String, FileIndex> files = new LinkedHashMap<>(16, 0.75f, true);
    private final LongAdder hits = new LongAdder();
    private final LongAdder misses = new LongAdder();
    private long bytes;

    /**
     * @param maxBytes the most bytes (estimated) the cache holds; 0 keeps nothing
     */
    public MetadataCache(long maxBytes) {
        if (maxBytes < 0) {
            throw new IllegalArgumentException("metadata cache size must not be negative, got " + maxBytes);
        }
        this.maxBytes = maxBytes;
    }

    public long maxBytes() {
        return maxBytes;
    }

    /** Estimated bytes held now. */
    public synchronized long bytes() {
        return bytes;
    }

    /** Files with an entry now. */
    public synchronized int fileCount() {
        return files.size();
    }

    /** Opens that found a valid entry, since the cache was created. */
    public long hits() {
        return hits.sum();
    }

    /** Opens that had to parse the file's metadata, since the cache was created. */
    public long misses() {
        return misses.sum();
    }

    /** Forgets the file (call when it is deleted or replaced). */
    public synchronized void invalidate(Path path) {
        FileIndex removed = files.remove(key(path));
        if (removed != null) {
            bytes -= removed.bytes;
        }
    }

    /** Forgets every file under {@code directory} (a dropped database, a removed region). */
    public synchronized void invalidateUnder(Path directory) {
        String prefix = key(directory);
        for (Iterator<Map.Entry<String, FileIndex>> it = files.entrySet().iterator(); it.hasNext(); ) {
            Map.Entry<String, FileIndex> e = it.next();
            if (Path.of(e.getKey()).startsWith(prefix)) {
                bytes -= e.getValue().bytes;
                it.remove();
            }
        }
    }

    /** Forgets everything. */
    public synchronized void clear() {
        files.clear();
        bytes = 0;
    }

    /** The identity of a file's current content, as far as the file system tells it. */
    static FileVersion versionOf(Path path) throws IOException {
        BasicFileAttributes a = Files.readAttributes(path, BasicFileAttributes.class);
        return new FileVersion(a.size(), a.lastModifiedTime(), a.fileKey());
    }

    /** The entry of the file if it still describes this version of it; counts the hit or miss. */
    FileIndex lookup(Path path, FileVersion version) {
        FileIndex found;
        synchronized (this) {
            found = files.get(key(path));
        }
        if (found != null && found.version.equals(version)) {
            hits.increment();
            return found;
        }
        misses.increment();
        return null;
    }

    /** Adds the parsed frame of a file (replacing an outdated entry). */
    FileIndex add(Path path, FileVersion version, FileStructure.Frame frame, long metadataBytes) {
        FileIndex entry = new FileIndex(this, key(path), version, frame, FILE_OVERHEAD + EXPANSION * metadataBytes);
        synchronized (this) {
            FileIndex old = files.put(entry.key, entry);
            if (old != null) {
                bytes -= old.bytes;
            }
            bytes += entry.bytes;
            evict(entry);
        }
        return entry;
    }

    /** Charges bytes an entry took on after it was added (a device's parsed metadata). */
    synchronized void grow(FileIndex entry, long added) {
        entry.bytes += added;
        if (files.get(entry.key) == entry) {
            bytes += added;
            evict(entry);
        }
    }

    /**
     * Evicts least recently used files until the bound holds; {@code current} goes last, and
     * also when it alone exceeds the bound (its readers keep their reference meanwhile).
     */
    private void evict(FileIndex current) {
        if (bytes <= maxBytes) {
            return;
        }
        List<String> victims = new ArrayList<>();
        long left = bytes;
        for (Map.Entry<String, FileIndex> e : files.entrySet()) {
            if (left <= maxBytes) {
                break;
            }
            if (e.getValue() != current) {
                victims.add(e.getKey());
                left -= e.getValue().bytes;
            }
        }
        if (left > maxBytes) {
            victims.add(current.key);
        }
        for (String k : victims) {
            FileIndex removed = files.remove(k);
            if (removed != null) {
                bytes -= removed.bytes;
            }
        }
    }

    private static String key(Path path) {
        return path.toAbsolutePath().normalize().toString();
    }

    /** Size, modification time and file key (inode) of a file: a new file under an old name differs. */
    record FileVersion(long size, FileTime modified, Object fileKey) {}

    /** What the cache keeps of one file: its checked frame and the index parts looked up so far. */
    static final class FileIndex {
        final FileVersion version;
        final FileStructure.Frame frame;
        final SharedIndex index;
        private final MetadataCache owner;
        private final String key;
        private long bytes;

        FileIndex(MetadataCache owner, String key, FileVersion version, FileStructure.Frame frame, long bytes) {
            this.owner = owner;
            this.key = key;
            this.version = version;
            this.frame = frame;
            this.bytes = bytes;
            this.index = new SharedIndex(this::charge);
        }

        /** Charges parsed index parts to the cache. */
        private void charge(long serializedBytes) {
            owner.grow(this, EXPANSION * serializedBytes);
        }
    }
}
