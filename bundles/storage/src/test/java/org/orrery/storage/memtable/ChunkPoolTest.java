package org.orrery.storage.memtable;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import org.junit.jupiter.api.Test;
import org.orrery.common.block.Column;
import org.orrery.common.type.DataType;

class ChunkPoolTest {

  @Test
  void givenChunkIsTakenAgainForTheSameArrayKind() {
    ChunkPool pool = new ChunkPool(1 << 20);
    double[] chunk = new double[ColumnBuffer.CHUNK];
    pool.give(DataType.DOUBLE, chunk);
    assertEquals(ColumnBuffer.CHUNK * 8L, pool.heldBytes());
    // Another array kind does not get it.
    assertTrue(pool.take(DataType.INT64) instanceof long[]);
    assertSame(chunk, pool.take(DataType.DOUBLE));
    assertEquals(0, pool.heldBytes());
    assertNotSame(chunk, pool.take(DataType.DOUBLE), "an empty pool allocates");
  }

  @Test
  void fullPoolAndBinaryChunksDropTheChunk() {
    ChunkPool pool = new ChunkPool(ColumnBuffer.CHUNK * 8L);
    pool.give(DataType.INT64, new long[ColumnBuffer.CHUNK]);
    pool.give(DataType.INT64, new long[ColumnBuffer.CHUNK]);
    pool.give(DataType.TEXT, new byte[ColumnBuffer.CHUNK][]);
    assertEquals(ColumnBuffer.CHUNK * 8L, pool.heldBytes());
    ChunkPool.NONE.give(DataType.INT64, new long[ColumnBuffer.CHUNK]);
    assertEquals(0, ChunkPool.NONE.heldBytes());
    assertThrows(IllegalArgumentException.class, () -> new ChunkPool(-1));
  }

  @Test
  void nullsAppendedOnARecycledChunkHoldZeroLikeANewArray() {
    ChunkPool pool = new ChunkPool(1 << 20);
    double[] dirty = new double[ColumnBuffer.CHUNK];
    Arrays.fill(dirty, 7.5);
    pool.give(DataType.DOUBLE, dirty);
    ColumnBuffer buffer = new ColumnBuffer(DataType.DOUBLE, pool);
    buffer.append(new Column(DataType.DOUBLE, new double[] {1, 2, 3}, null, 3), 0, 3);
    buffer.appendNulls(2);
    double[] out = new double[5];
    buffer.copyRange(0, 5, out, 0);
    assertArrayEquals(new double[] {1, 2, 3, 0, 0}, out);
    assertFalse(buffer.isNull(2));
    assertTrue(buffer.isNull(3) && buffer.isNull(4));
    assertEquals(0, pool.heldBytes(), "the buffer took the pooled chunk");
  }

  @Test
  void releasedBufferIsEmptyAndItsChunksServeTheNextBuffer() {
    ChunkPool pool = new ChunkPool(1 << 20);
    ColumnBuffer first = new ColumnBuffer(DataType.INT32, pool);
    int[] values = new int[ColumnBuffer.CHUNK + 10];
    Arrays.fill(values, 4);
    first.append(new Column(DataType.INT32, values, null, values.length), 0, values.length);
    first.setNull(3);
    first.releaseChunks(pool);
    assertEquals(0, first.size());
    assertFalse(first.mayHaveNulls(), "the null bitmaps went with the rows");
    assertEquals(2L * ColumnBuffer.CHUNK * 4, pool.heldBytes());
    ColumnBuffer next = new ColumnBuffer(DataType.INT32, pool);
    next.append(new Column(DataType.INT32, new int[] {9}, null, 1), 0, 1);
    assertEquals(ColumnBuffer.CHUNK * 4L, pool.heldBytes());
    assertFalse(next.isNull(0));
    int[] out = new int[1];
    next.copyRange(0, 1, out, 0);
    assertEquals(9, out[0]);
  }
}
