package org.orrery.bench;

import java.io.PrintStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.orrery.client.Session;
import org.orrery.client.SessionDataSet;
import org.orrery.common.block.Block;
import org.orrery.common.block.Column;
import org.orrery.common.type.DataType;

/**
 * Times Q1–Q4: each runs {@code warmup} untimed times, then {@code runs} timed times; one run is
 * execute + reading every value of every page + close. Every run's row count and value sum are
 * checked against the generator, so a fast wrong answer shows up as a MISMATCH.
 */
final class QueryRunner {
  /** The measurements of one query. */
  record Result(BenchQuery query, LatencyStats runs, long rows, double sum, boolean matched) {}

  /** Rows and value sum of one answer. */
  record Answer(long rows, double sum) {}

  private final BenchOptions options;
  private final SessionSource sessions;
  private final PrintStream out;

  QueryRunner(BenchOptions options, SessionSource sessions, PrintStream out) {
    this.options = options;
    this.sessions = sessions;
    this.out = out;
  }

  List<Result> run() {
    out.printf(Locale.ROOT,
        "queries: %d warmup + %d timed runs each, fetch size %d rows per page, up to %d pages per round trip"
            + " (--pages-per-fetch); time = execute + read every row + close%n",
        options.warmup, options.runs, options.fetchSize, options.pagesPerFetch);
    List<Result> results = new ArrayList<>();
    try (Session session = sessions.open()) {
      for (BenchQuery query : QueryPlan.queries(options)) {
        long[] timed = new long[options.runs];
        boolean matched = true;
        Answer answer = null;
        for (int i = 0; i < options.warmup + options.runs; i++) {
          long start = System.nanoTime();
          answer = read(session, query.sql());
          long elapsed = System.nanoTime() - start;
          if (i >= options.warmup) {
            timed[i - options.warmup] = elapsed;
          }
          matched &= query.matches(answer.rows(), answer.sum());
        }
        LatencyStats stats = new LatencyStats(timed);
        results.add(new Result(query, stats, answer.rows(), answer.sum(), matched));
        out.printf(Locale.ROOT, "  %s %-40s rows=%-8d %-8s median %9.2f ms  p99 %9.2f ms  (min %.2f, max %.2f)%n",
            query.name(), query.description(), answer.rows(), matched ? "ok" : "MISMATCH",
            LatencyStats.millis(stats.median()), LatencyStats.millis(stats.percentile(0.99)),
            LatencyStats.millis(stats.min()), LatencyStats.millis(stats.max()));
        out.println("     " + query.sql());
        if (!matched) {
          out.printf(Locale.ROOT, "     expected rows=%d sum=%.9g, got rows=%d sum=%.9g%n",
              query.expectedRows(), query.expectedSum(), answer.rows(), answer.sum());
        }
      }
    }
    return results;
  }

  /** Runs one query and reads it page by page (the client's fast path). */
  static Answer read(Session session, String sql) {
    long rows = 0;
    double sum = 0;
    try (SessionDataSet data = session.executeQuery(sql)) {
      for (Optional<Block> page = data.nextBlock(); page.isPresent(); page = data.nextBlock()) {
        Block block = page.get();
        rows += block.rowCount();
        sum += sumOf(block);
      }
    }
    return new Answer(rows, sum);
  }

  /** The sum of every value in a page (numbers only; no value counts nothing). */
  static double sumOf(Block block) {
    double sum = 0;
    for (Column column : block.columns()) {
      DataType type = column.type();
      for (int r = 0; r < block.rowCount(); r++) {
        if (column.isNull(r)) {
          continue;
        }
        switch (type) {
          case INT32 -> sum += column.ints()[r];
          case INT64 -> sum += column.longs()[r];
          case FLOAT -> sum += column.floats()[r];
          case DOUBLE -> sum += column.doubles()[r];
          default -> {
            // non-numeric columns carry nothing to check
          }
        }
      }
    }
    return sum;
  }
}
