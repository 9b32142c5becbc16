package org.orrery.rpc.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.orrery.common.block.Block;
import org.orrery.engine.query.ExecutionResult;
import org.orrery.protocol.FrameCodec;
import org.orrery.protocol.PageCompression;
import org.orrery.protocol.message.ResultPage;

/**
 * Gathers the rows of one answer from the engine: up to {@code pages} pages of up to {@code
 * fetchSize} rows each. The engine may return smaller blocks than asked; they travel as they are
 * (no copying into one block), and no block crosses a page boundary, so a client never receives
 * a block of more than {@code fetchSize} rows. An answer of several pages stops taking pages once
 * it holds {@code byteBudget} bytes or has been collecting for {@link #MAX_COLLECT_NANOS} (so a
 * slow query still shows its first rows soon); it always holds at least one page. It is the last
 * one only when the engine reported the end, which it can do only on a call after the final rows.
 */
final class PageCollector {
  /** After this long an answer of several pages takes no further page: 50 ms. */
  static final long MAX_COLLECT_NANOS = 50_000_000L;

  private PageCollector() {}

  static ResultPage collect(
      ExecutionResult result, int fetchSize, int pages, long byteBudget, PageCompression compression) {
    List<Block> blocks = new ArrayList<>();
    long bytes = 0;
    long started = pages > 1 ? System.nanoTime() : 0;
    for (int page = 0; page < pages; page++) {
      if (page > 0 && (bytes >= byteBudget || System.nanoTime() - started >= MAX_COLLECT_NANOS)) {
        break;
      }
      long rows = 0;
      while (rows < fetchSize) {
        Optional<Block> next = result.nextPage((int) (fetchSize - rows));
        if (next.isEmpty()) {
          return new ResultPage(true, blocks, compression);
        }
        Block block = next.get();
        if (block.rowCount() > 0) {
          blocks.add(block);
          rows += block.rowCount();
          if (pages > 1) {
            bytes += FrameCodec.resultBlockSize(block);
          }
        }
      }
    }
    return new ResultPage(false, blocks, compression);
  }
}
