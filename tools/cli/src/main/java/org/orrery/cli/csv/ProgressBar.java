package org.orrery.cli.csv;

import java.io.PrintWriter;
import java.util.Locale;
import java.util.function.LongSupplier;

/**
 * A one-line progress bar on a terminal, redrawn in place with a carriage return at most every
 * {@value #REDRAW_INTERVAL_NANOS} ns: {@code label [#####.....]  45%  12,345 rows}, or without a
 * bar when the total is unknown. It writes to the error stream so that standard output carries
 * only results.
 */
public final class ProgressBar implements Progress {
  static final long REDRAW_INTERVAL_NANOS = 200_000_000L;
  private static final int BAR_WIDTH = 30;

  private final PrintWriter terminal;
  private final String label;
  private final LongSupplier nanoClock;
  private long lastDraw = Long.MIN_VALUE;
  private int lastLength;

  public ProgressBar(PrintWriter terminal, String label, LongSupplier nanoClock) {
    this.terminal = terminal;
    this.label = label;
    this.nanoClock = nanoClock;
  }

  @Override
  public void update(long done, long total, long rows) {
    long now = nanoClock.getAsLong();
    if (lastDraw != Long.MIN_VALUE && now - lastDraw < REDRAW_INTERVAL_NANOS) {
      return;
    }
    lastDraw = now;
    draw(render(label, done, total, rows));
  }

  @Override
  public void finish(long rows) {
    draw(render(label, 1, 1, rows));
    terminal.println();
    terminal.flush();
  }

  private void draw(String line) {
    // pad over the remains of a longer previous line
    String padded = line.length() < lastLength ? line + " ".repeat(lastLength - line.length()) : line;
    lastLength = line.length();
    terminal.print('\r');
    terminal.print(padded);
    terminal.flush();
  }

  /** The text of the bar for the given state. */
  static String render(String label, long done, long total, long rows) {
    StringBuilder line = new StringBuilder(label);
    if (total > 0) {
      double fraction = Math.min(1.0, Math.max(0.0, (double) done / total));
      int filled = (int) Math.round(fraction * BAR_WIDTH);
      line.append(" [").append("#".repeat(filled)).append(".".repeat(BAR_WIDTH - filled)).append(']')
          .append(String.format(Locale.ROOT, " %3d%%", Math.round(fraction * 100)));
    }
    line.append(String.format(Locale.ROOT, "  %,d rows", rows));
    return line.toString();
  }
}
