package org.orrery.storage.region;

/**
 * Decides whether a region separates delayed points into their own memtable (paper §5.2). While
 * few points arrive delayed, separation keeps sequence files free of overlap, so queries and
 * compaction only touch the few files that delayed points overlap. When most points arrive out of
 * order there is no such benefit and separation only adds a second memtable and file stream, so
 * the region writes everything to one memtable, as a conventional LSM tree does.
 *
 * <p>The share of delayed points is measured over windows of {@link #WINDOW_POINTS} points and
 * smoothed (each window counts half as much as the next). The decision is applied when memtables
 * switch, so one memtable generation never mixes both modes.
 */
public final class DelaySeparationPolicy {
  /** Points per measurement window. */
  static final long WINDOW_POINTS = 65_536;

  private final double threshold;
  private long windowPoints;
  private long windowDelayed;
  private double smoothedRatio = -1;
  private boolean separating = true;

  public DelaySeparationPolicy(double threshold) {
    this.threshold = threshold;
  }

  /** Records that {@code delayed} of {@code points} written points were at or below stable time. */
  public synchronized void observe(long delayed, long points) {
    windowPoints += points;
    windowDelayed += delayed;
    if (windowPoints >= WINDOW_POINTS) {
      double ratio = (double) windowDelayed / windowPoints;
      smoothedRatio = smoothedRatio < 0 ? ratio : (smoothedRatio + ratio) / 2;
      windowPoints = 0;
      windowDelayed = 0;
    }
  }

  /** Re-decides from the measured ratio; called when memtables switch. */
  public synchronized boolean decide() {
    if (smoothedRatio >= 0) {
      separating = smoothedRatio < threshold;
    }
    return separating;
  }

  public synchronized boolean separating() {
    return separating;
  }

  /** The smoothed share of delayed points, or -1 before the first full window. */
  public synchronized double delayedRatio() {
    return smoothedRatio;
  }
}
