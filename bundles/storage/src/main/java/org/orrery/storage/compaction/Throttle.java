package org.orrery.storage.compaction;

/**
 * Limits the write rate of one compaction to a configured number of bytes per second by sleeping
 * whenever it runs ahead of schedule, so background merging leaves the disk to ingestion.
 */
final class Throttle {
  private final double bytesPerNano;
  private final long startNanos = System.nanoTime();
  private long bytes;

  Throttle(double megabytesPerSecond) {
    this.bytesPerNano = megabytesPerSecond * 1024 * 1024 / 1e9;
  }

  void written(long more) {
    bytes += more;
    long due = (long) (bytes / bytesPerNano);
    long ahead = due - (System.nanoTime() - startNanos);
    if (ahead > 1_000_000) {
      try {
        Thread.sleep(ahead / 1_000_000, (int) (ahead % 1_000_000));
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
    }
  }
}
