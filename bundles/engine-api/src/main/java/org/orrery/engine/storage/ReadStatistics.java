package org.orrery.engine.storage;

/**
 * What the scans of a storage engine have read since it started, cumulative over all scans and
 * threads. Lets tests and metrics prove that an aggregation was answered from statistics (no
 * page decoded) and how much pruning skipped.
 *
 * @param filesOpened TsFiles opened by scans
 * @param filesSkipped reads of a file answered without touching any chunk (bloom filter, missing
 *     series, or statistics outside the time filter)
 * @param chunksRead chunks read from files
 * @param chunksSkipped chunks skipped by their statistics without being read
 * @param pagesDecoded pages uncompressed and decoded
 * @param pagesSkipped pages skipped by their statistics without being decoded
 * @param pointsDecoded timestamps decoded from pages
 */
public record ReadStatistics(
    long filesOpened,
    long filesSkipped,
    long chunksRead,
    long chunksSkipped,
    long pagesDecoded,
    long pagesSkipped,
    long pointsDecoded) {

  /** Nothing read (an engine that does not count). */
  public static final ReadStatistics NONE = new ReadStatistics(0, 0, 0, 0, 0, 0, 0);

  /** The reads between {@code earlier} and this snapshot. */
  public ReadStatistics minus(ReadStatistics earlier) {
    return new ReadStatistics(
        filesOpened - earlier.filesOpened,
        filesSkipped - earlier.filesSkipped,
        chunksRead - earlier.chunksRead,
        chunksSkipped - earlier.chunksSkipped,
        pagesDecoded - earlier.pagesDecoded,
        pagesSkipped - earlier.pagesSkipped,
        pointsDecoded - earlier.pointsDecoded);
  }
}
