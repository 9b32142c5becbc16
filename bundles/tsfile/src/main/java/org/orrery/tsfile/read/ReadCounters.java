package org.orrery.tsfile.read;

import java.util.concurrent.atomic.LongAdder;

/**
 * What readers did: how much they skipped by statistics and how much they decoded. One instance
 * may be shared by several readers (and threads) to observe a query over many files; tests use it
 * to prove that data outside a time range was never loaded or decoded.
 */
public final class ReadCounters {
    private final LongAdder filesSkipped = new LongAdder();
    private final LongAdder chunksSkipped = new LongAdder();
    private final LongAdder chunksLoaded = new LongAdder();
    private final LongAdder pagesSkipped = new LongAdder();
    private final LongAdder pagesDecoded = new LongAdder();
    private final LongAdder pointsDecoded = new LongAdder();

    /** Reads answered without touching any chunk (bloom filter, missing series or statistics). */
    public long filesSkipped() {
        return filesSkipped.sum();
    }

    /** Chunks skipped by their statistics without being read. */
    public long chunksSkipped() {
        return chunksSkipped.sum();
    }

    /** Chunks read from the file. */
    public long chunksLoaded() {
        return chunksLoaded.sum();
    }

    /** Pages skipped by their statistics without being uncompressed or decoded. */
    public long pagesSkipped() {
        return pagesSkipped.sum();
    }

    /**
     * Pages uncompressed and decoded. For aligned devices the time page and each value page count
     * separately; empty (all-null) value pages do not count.
     */
    public long pagesDecoded() {
        return pagesDecoded.sum();
    }

    /** Timestamps decoded (rows of aligned devices, points of other series). */
    public long pointsDecoded() {
        return pointsDecoded.sum();
    }

    void fileSkipped() {
        filesSkipped.increment();
    }

    void chunkSkipped() {
        chunksSkipped.increment();
    }

    void chunkLoaded() {
        chunksLoaded.increment();
    }

    void pageSkipped() {
        pagesSkipped.increment();
    }

    void pageDecoded(int points) {
        pagesDecoded.increment();
        pointsDecoded.add(points);
    }

    void valuePageDecoded() {
        pagesDecoded.increment();
    }

    @Override
    public String toString() {
        return "ReadCounters{filesSkipped=" + filesSkipped() + " chunksSkipped=" + chunksSkipped() + " chunksLoaded="
                + chunksLoaded() + " pagesSkipped=" + pagesSkipped() + " pagesDecoded=" + pagesDecoded()
                + " pointsDecoded=" + pointsDecoded() + "}";
    }
}
