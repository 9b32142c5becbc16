package org.orrery.tsfile.tool;

import java.util.List;

/** What a rewrite copied, and notes on series whose encoding could not be overridden. */
public final class RewriteResult {
    private final long devices;
    private final long series;
    private final long points;
    private final List<String> notes;

    RewriteResult(long devices, long series, long points, List<String> notes) {
        this.devices = devices;
        this.series = series;
        this.points = points;
        this.notes = List.copyOf(notes);
    }

    public long devices() {
        return devices;
    }

    public long series() {
        return series;
    }

    /** Non-null values copied (plus nothing for all-null aligned rows, whose timestamps are kept). */
    public long points() {
        return points;
    }

    /** e.g. {@code root.sg.d1.flag BOOLEAN keeps RLE: GORILLA is not allowed for BOOLEAN}. */
    public List<String> notes() {
        return notes;
    }

    @Override
    public String toString() {
        return "rewrote devices=" + devices + " series=" + series + " points=" + points
                + (notes.isEmpty() ? "" : " notes=" + notes);
    }
}
