package org.orrery.tsfile.read;

/** Reader settings, immutable: start from {@link #defaults()}. */
public final class ReaderOptions {
    private final ReadCounters counters;
    private final int maxPageBytes;

    private ReaderOptions(ReadCounters counters, int maxPageBytes) {
        this.counters = counters;
        this.maxPageBytes = maxPageBytes;
    }

    /** Fresh counters; pages up to 256 MiB uncompressed. */
    public static ReaderOptions defaults() {
        return new ReaderOptions(new ReadCounters(), 256 * 1024 * 1024);
    }

    /** Report into {@code shared} (e.g. one instance for all files of a query). */
    public ReaderOptions withCounters(ReadCounters shared) {
        return new ReaderOptions(shared, maxPageBytes);
    }

    /**
     * The largest uncompressed page accepted; a page header claiming more is reported as corrupt
     * instead of allocating it.
     */
    public ReaderOptions withMaxPageBytes(int bytes) {
        if (bytes <= 0) {
            throw new IllegalArgumentException("maxPageBytes must be positive, got " + bytes);
        }
        return new ReaderOptions(counters, bytes);
    }

    public ReadCounters counters() {
        return counters;
    }

    public int maxPageBytes() {
        return maxPageBytes;
    }
}
