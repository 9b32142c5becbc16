package org.orrery.protocol.message;

import java.util.List;
import java.util.Objects;
import org.orrery.common.block.Block;
import org.orrery.protocol.PageCompression;

/**
 * Rows of a result in columnar blocks.
 *
 * @param last true when the query is exhausted; the server has then closed it
 * @param blocks the rows, in order (possibly none)
 * @param compression how the blocks travel on the wire
 */
public record ResultPage(boolean last, List<Block> blocks, PageCompression compression) {
  public ResultPage {
    blocks = List.copyOf(blocks);
    Objects.requireNonNull(compression, "compression");
  }

  /** Rows in all blocks. */
  public long rowCount() {
    long rows = 0;
    for (Block block : blocks) {
      rows += block.rowCount();
    }
    return rows;
  }
}
