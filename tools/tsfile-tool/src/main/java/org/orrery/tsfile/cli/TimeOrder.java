package org.orrery.tsfile.cli;

/**
 * Checks that the timestamps of one series (or of an aligned device's time column) strictly
 * increase over all its pages in storage order, as the format requires of a sequence file.
 */
final class TimeOrder {
    private long previous;
    private long seen;

    /**
     * Takes the next {@code n} timestamps of {@code times}.
     *
     * @return null if they continue the strictly increasing order, else what breaks it
     */
    String next(long[] times, int n) {
        for (int i = 0; i < n; i++) {
            long t = times[i];
            if (seen > 0 && t <= previous) {
                return "timestamps not strictly increasing: " + previous + " then " + t + " (points " + (seen - 1)
                        + " and " + seen + " in storage order)";
            }
            previous = t;
            seen++;
        }
        return null;
    }
}
