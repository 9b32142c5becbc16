package org.orrery.tsfile.tool;

/** Totals of a canonical dump and its content hash (the {@code summary} line). */
public final class DumpSummary {
    private final long devices;
    private final long series;
    private final long points;
    private final String sha256;

    DumpSummary(long devices, long series, long points, String sha256) {
        this.devices = devices;
        this.series = series;
        this.points = points;
        this.sha256 = sha256;
    }

    public long devices() {
        return devices;
    }

    public long series() {
        return series;
    }

    public long points() {
        return points;
    }

    /** Hex SHA-256 over the file's logical content, independent of encodings and chunking. */
    public String sha256() {
        return sha256;
    }

    @Override
    public String toString() {
        return "summary devices=" + devices + " series=" + series + " points=" + points + " sha256=" + sha256;
    }
}
