package org.orrery.storage.memtable;

import java.util.ArrayDeque;
import java.util.HashMap;
import java.util.Map;
import org.orrery.common.block.Column;
import org.orrery.common.type.DataType;

/**
 * Value chunks of flushed memtables kept for the next memtables of the region, up to a bounded
 * number of bytes. Memtable chunks live from the first write of a generation until its flush is
 * committed, so every new chunk costs the collector a copy (or several) of an array that is
 * certain to survive; reusing the chunks of a committed generation removes both the allocation
 * and those copies from the ingest path.
 *
 * <p>Only primitive chunks are pooled: a binary chunk holds references to the values' byte
 * arrays, which would stay reachable through the pool. A returned chunk still holds the values of
 * its old memtable; {@link ColumnBuffer} writes every position it reads before reading it (appends
 * copy values, {@link ColumnBuffer#appendNulls} stores the type's zero), so no stale value can
 * reach a reader or a file. Thread-safe (a region's writers and its flush commit take and return
 * chunks under the region lock, but the pool does not rely on that).
 */
public final class ChunkPool {
  /** A pool that keeps nothing: every chunk is newly allocated. */
  public static final ChunkPool NONE = new ChunkPool(0);

  private final long capacityBytes;
  private final Map<Class<?>, ArrayDeque<Object>> free = new HashMap<>();
  private long heldBytes;

  /** @param capacityBytes the most bytes of chunks the pool keeps (0 keeps none) */
  public ChunkPool(long capacityBytes) {
    if (capacityBytes < 0) {
      throw new IllegalArgumentException("chunk pool capacity must not be negative: " + capacityBytes);
    }
    this.capacityBytes = capacityBytes;
  }

  /** A chunk of {@link ColumnBuffer#CHUNK} values of the type's array kind: reused when one is kept. */
  Object take(DataType type) {
    if (capacityBytes > 0 && !type.isBinary()) {
      synchronized (this) {
        ArrayDeque<Object> kept = free.get(Column.arrayClass(type));
        if (kept != null && !kept.isEmpty()) {
          heldBytes -= chunkBytes(type);
          return kept.pop();
        }
      }
    }
    return Column.newArray(type, ColumnBuffer.CHUNK);
  }

  /** Keeps a chunk no one references any more, unless it is binary or the pool is full. */
  void give(DataType type, Object chunk) {
    if (capacityBytes == 0 || type.isBinary()) {
      return;
    }
    long bytes = chunkBytes(type);
    synchronized (this) {
      if (heldBytes + bytes > capacityBytes) {
        return;
      }
      free.computeIfAbsent(chunk.getClass(), k -> new ArrayDeque<>()).push(chunk);
      heldBytes += bytes;
    }
  }

  /** Bytes of the chunks kept now. */
  public synchronized long heldBytes() {
    return heldBytes;
  }

  /**
   * Returns the value chunks of every column of a committed memtable to the pool and empties
   * the memtable's buffers; the caller guarantees that no reader or writer can reach the
   * memtable any more (it has left the region's flushing list under the region lock).
   */
  public void recycle(MemTable table) {
    for (DeviceBuffer device : table.devices()) {
      device.releaseChunks(this);
    }
  }

  private static long chunkBytes(DataType type) {
    return (long) ColumnBuffer.CHUNK * Math.max(1, type.fixedWidth());
  }
}
