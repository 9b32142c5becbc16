package org.orrery.rpc.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.orrery.common.block.Block;
import org.orrery.engine.query.ExecutionResult;
import org.orrery.protocol.PageCompression;
import org.orrery.protocol.message.ResultPage;

/**
 * Gathers up to {@code fetchSize} rows from the engine into one page. The engine may return
 * smaller blocks than asked; they travel as they are (no copying into one block). The page is
 * the last one only when the engine reported the end, which it can do only on a call after the
 * final rows.
 */
final class PageCollector {
  private PageCollector() {}

  static ResultPage collect(ExecutionResult result, int fetchSize, PageCompression compression) {
    List<Block> blocks = new ArrayList<>();
    long rows = 0;
    boolean last = false;
    while (rows < fetchSize) {
      Optional<Block> page = result.nextPage((int) (fetchSize - rows));
      if (page.isEmpty()) {
        last = true;
        break;
      }
      Block block = page.get();
      if (block.rowCount() > 0) {
        blocks.add(block);
        rows += block.rowCount();
      }
    }
    return new ResultPage(last, blocks, compression);
  }
}
