package org.orrery.tsfile.cli;

import java.io.PrintStream;

/**
 * A one-line progress bar on stderr, redrawn in place ({@code \r}) at most every 200 ms:
 * {@code import-csv [##########..........]  50%  12.0 of 24.0 MB}. Shown only when asked for
 * ({@code --progress}) or when stderr is a terminal and the work is large, so pipes and logs
 * never get control characters.
 */
final class Progress {
    /** Below this many bytes (or points) a terminal gets no bar: the work ends before it would help. */
    static final long LARGE = 8L << 20;
    private static final int WIDTH = 30;
    private static final long REDRAW_NANOS = 200_000_000L;

    private final PrintStream err;
    private final String label;
    private final long total;
    private final boolean bytes;
    private final boolean enabled;
    private long lastDraw;
    private boolean drawn;

    private Progress(PrintStream err, String label, long total, boolean bytes, boolean enabled) {
        this.err = err;
        this.label = label;
        this.total = Math.max(1, total);
        this.bytes = bytes;
        this.enabled = enabled;
    }

    /**
     * @param forced {@code --progress} was given
     * @param bytes whether {@code total} counts bytes (printed in MB) or points
     */
    static Progress of(Console console, boolean forced, String label, long total, boolean bytes) {
        boolean on = forced || (console.stderrIsTerminal && total >= LARGE);
        return new Progress(console.err, label, total, bytes, on);
    }

    void update(long done) {
        if (!enabled) {
            return;
        }
        long now = System.nanoTime();
        if (drawn && now - lastDraw < REDRAW_NANOS) {
            return;
        }
        lastDraw = now;
        draw(done);
    }

    /** Draws 100 % and ends the line. */
    void finish() {
        if (!enabled) {
            return;
        }
        draw(total);
        err.print('\n');
        err.flush();
    }

    private void draw(long done) {
        long d = Math.min(Math.max(done, 0), total);
        int filled = (int) (WIDTH * d / total);
        StringBuilder sb = new StringBuilder(80).append('\r').append(label).append(" [");
        for (int i = 0; i < WIDTH; i++) {
            sb.append(i < filled ? '#' : '.');
        }
        sb.append("] ").append(String.format("%3d%%", (int) (100 * d / total))).append("  ");
        if (bytes) {
            sb.append(String.format("%.1f of %.1f MB", d / 1e6, total / 1e6));
        } else {
            sb.append(d).append(" of ").append(total).append(" points");
        }
        err.print(sb);
        err.flush();
        drawn = true;
    }
}
