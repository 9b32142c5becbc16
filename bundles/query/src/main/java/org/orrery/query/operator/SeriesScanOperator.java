package org.orrery.query.operator;

import java.io.IOException;
import java.util.List;
import org.orrery.common.block.Block;
import org.orrery.common.error.ErrorCode;
import org.orrery.common.error.OrreryException;
import org.orrery.common.type.DataType;
import org.orrery.engine.storage.Segment;
import org.orrery.engine.storage.SeriesQuery;
import org.orrery.engine.storage.SeriesSource;
import org.orrery.engine.storage.StorageEngine;
import org.orrery.query.block.Blocks;
import org.orrery.query.context.QueryContext;

/**
 * Reads the points of some measurements of one device: one column per measurement, rows in scan
 * order. The time intervals of the query are pushed into storage, which skips what lies outside.
 */
public final class SeriesScanOperator implements Operator {
  private final StorageEngine storage;
  private final SeriesQuery query;
  private final QueryContext context;
  private SeriesSource source;
  private long heldBytes;
  private boolean finished;

  public SeriesScanOperator(StorageEngine storage, SeriesQuery query, QueryContext context) {
    this.storage = storage;
    this.query = query;
    this.context = context;
  }

  @Override
  public List<DataType> types() {
    return query.types();
  }

  @Override
  public Block next() {
    releaseHeld();
    if (finished) {
      return null;
    }
    if (source == null) {
      source = storage.open(query);
    }
    try {
      while (true) {
        context.checkAlive();
        Segment segment = source.next();
        if (segment == null) {
          finished = true;
          close();
          return null;
        }
        Block block = segment.decode();
        if (!block.isEmpty()) {
          heldBytes = Blocks.estimateBytes(block);
          context.reserve(heldBytes, "scan of " + query.device());
          return block;
        }
      }
    } catch (IOException e) {
      throw new OrreryException(
          ErrorCode.IO_ERROR, "reading " + query.device() + " failed: " + e.getMessage(), e);
    }
  }

  private void releaseHeld() {
    if (heldBytes > 0) {
      context.release(heldBytes);
      heldBytes = 0;
    }
  }

  @Override
  public void close() {
    releaseHeld();
    if (source != null) {
      source.close();
      source = null;
    }
  }
}
