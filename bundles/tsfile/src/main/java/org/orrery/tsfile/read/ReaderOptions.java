package org.orrery.tsfile.read;

/** Reader settings, immutable: start from {@link #defaults()}. */
public final class ReaderOptions {
    /**
     * Default {@link #maxPagePoints()}: 16 Mi points, far above what writers put in a page (the
     * official default is 10 000, older versions 1 Mi) while keeping a corrupt count's arrays
     * to about 128 MiB.
     */
    public static final int DEFAULT_MAX_PAGE_POINTS = 1 << 24;

    private final ReadCounters counters;
    private final int maxPageBytes;
    private final int maxPagePoints;
    private final MetadataCache metadataCache;

    private ReaderOptions(ReadCounters counters, int maxPageBytes, int maxPagePoints, MetadataCache metadataCache) {
        this.counters = counters;
        this.maxPageBytes = maxPageBytes;
        this.maxPagePoints = maxPagePoints;
        this.metadataCache = metadataCache;
    }

    /** Fresh counters; pages up to 256 MiB uncompressed and {@value #DEFAULT_MAX_PAGE_POINTS} points. */
    public static ReaderOptions defaults() {
        return new ReaderOptions(new ReadCounters(), 256 * 1024 * 1024, DEFAULT_MAX_PAGE_POINTS, null);
    }

    /** Report into {@code shared} (e.g. one instance for all files of a query). */
    public ReaderOptions withCounters(ReadCounters shared) {
        return new ReaderOptions(shared, maxPageBytes, maxPagePoints, metadataCache);
    }

    /**
     * The largest uncompressed page accepted; a page header claiming more is reported as corrupt
     * instead of allocating it.
     */
    public ReaderOptions withMaxPageBytes(int bytes) {
        if (bytes <= 0) {
            throw new IllegalArgumentException("maxPageBytes must be positive, got " + bytes);
        }
        return new ReaderOptions(counters, bytes, maxPagePoints, metadataCache);
    }

    /**
     * The most points (rows, for aligned pages) a page may hold. A page's point count comes from
     * its statistics before anything is decoded; a count above this is reported as corrupt
     * instead of allocating arrays for it. Needed because some encodings expand without bound
     * (a TS_2DIFF block of regular timestamps costs its header only, whatever its length).
     */
    public ReaderOptions withMaxPagePoints(int points) {
        if (points <= 0) {
            throw new IllegalArgumentException("maxPagePoints must be positive, got " + points);
        }
        return new ReaderOptions(counters, maxPageBytes, points, metadataCache);
    }

    /**
     * Share parsed file metadata through {@code cache} (null: none, the default), so readers
     * opened by path find what earlier readers of the same file parsed. Readers over other inputs
     * ignore it.
     */
    public ReaderOptions withMetadataCache(MetadataCache cache) {
        return new ReaderOptions(counters, maxPageBytes, maxPagePoints, cache);
    }

    /** The metadata cache readers opened by path use, or null. */
    public MetadataCache metadataCache() {
        return metadataCache;
    }

    public ReadCounters counters() {
        return counters;
    }

    public int maxPageBytes() {
        return maxPageBytes;
    }

    public int maxPagePoints() {
        return maxPagePoints;
    }
}
