package org.orrery.storage.memtable;

import java.util.Arrays;
import org.orrery.common.block.Column;
import org.orrery.common.type.DataType;

/**
 * A growable column of one type: fixed-size chunks of the type's primitive array (never one big
 * array that has to be copied to grow) and, once some position is null, a null bitmap per chunk.
 * Appends copy whole runs with {@link System#arraycopy}, which works on every primitive array kind.
 * Not thread-safe.
 */
public final class ColumnBuffer {
  static final int CHUNK_SHIFT = 12;
  static final int CHUNK = 1 << CHUNK_SHIFT;
  private static final int MASK = CHUNK - 1;

  private final DataType type;
  /** Where chunks come from and, once the memtable is flushed, go back to. */
  private final ChunkPool pool;
  private Object[] chunks = new Object[4];
  private long[][] nullBits;
  private int size;
  private long binaryBytes;
  /** The series' encoding and compressor names as last written; null means the default. */
  private String encoding;
  private String compression;

  public ColumnBuffer(DataType type) {
    this(type, ChunkPool.NONE);
  }

  public ColumnBuffer(DataType type, ChunkPool pool) {
    this.type = type;
    this.pool = pool;
  }

  public DataType type() {
    return type;
  }

  public int size() {
    return size;
  }

  /** The encoding name the series is flushed with, or null for the type's default. */
  public String encoding() {
    return encoding;
  }

  /** The compressor name the series is flushed with, or null for the default. */
  public String compression() {
    return compression;
  }

  /**
   * Records the codecs a write named for the series. A null name keeps what an earlier write
   * named (a writer that does not know the schema's codecs must not erase them).
   */
  public void useCodecs(String encodingName, String compressionName) {
    if (encodingName != null) {
      encoding = encodingName;
    }
    if (compressionName != null) {
      compression = compressionName;
    }
  }

  /** Approximate heap bytes held (values, bitmaps, binary contents). */
  public long bytes() {
    long chunkCount = (size + MASK) >>> CHUNK_SHIFT;
    int width = type.isBinary() ? 8 : Math.max(1, type.fixedWidth());
    long bitmaps = nullBits == null ? 0 : chunkCount * (CHUNK / 8);
    return chunkCount * (long) CHUNK * width + bitmaps + binaryBytes;
  }

  private Object chunkFor(int index) {
    int c = index >>> CHUNK_SHIFT;
    if (c >= chunks.length) {
      chunks = Arrays.copyOf(chunks, Math.max(c + 1, chunks.length * 2));
    }
    Object chunk = chunks[c];
    if (chunk == null) {
      chunk = pool.take(type);
      chunks[c] = chunk;
    }
    return chunk;
  }

  /** Appends {@code count} values of {@code src} from {@code from} (its nulls included). */
  public void append(Column src, int from, int count) {
    Object values = src.values();
    boolean[] nulls = src.nulls();
    int done = 0;
    while (done < count) {
      int at = size + done;
      Object chunk = chunkFor(at);
      int off = at & MASK;
      int n = Math.min(count - done, CHUNK - off);
      System.arraycopy(values, from + done, chunk, off, n);
      done += n;
    }
    if (type.isBinary()) {
      byte[][] v = (byte[][]) values;
      for (int i = from; i < from + count; i++) {
        if (v[i] != null) {
          binaryBytes += v[i].length + 16;
        }
      }
    }
    if (nulls != null) {
      for (int i = 0; i < count; i++) {
        if (nulls[from + i]) {
          setNull(size + i);
        }
      }
    }
    size += count;
  }

  /** Appends the values of {@code src} at the given positions (a gather). */
  public void appendSelected(Column src, int[] positions, int count) {
    boolean[] nulls = src.nulls();
    Object values = src.values();
    for (int i = 0; i < count; i++) {
      int p = positions[i];
      int at = size + i;
      Object chunk = chunkFor(at);
      System.arraycopy(values, p, chunk, at & MASK, 1);
      if (nulls != null && nulls[p]) {
        setNull(at);
      }
      if (type.isBinary()) {
        byte[] b = ((byte[][]) values)[p];
        if (b != null) {
          binaryBytes += b.length + 16;
        }
      }
    }
    size += count;
  }

  /** Appends {@code count} null positions (a measurement absent from some rows). */
  public void appendNulls(int count) {
    for (int i = 0; i < count; i++) {
      int at = size + i;
      // A pooled chunk holds an old memtable's values: store the zero a new array would hold.
      clear(chunkFor(at), at & MASK);
      setNull(at);
    }
    size += count;
  }

  private static void clear(Object chunk, int off) {
    if (chunk instanceof double[]) {
      ((double[]) chunk)[off] = 0;
    } else if (chunk instanceof long[]) {
      ((long[]) chunk)[off] = 0;
    } else if (chunk instanceof int[]) {
      ((int[]) chunk)[off] = 0;
    } else if (chunk instanceof float[]) {
      ((float[]) chunk)[off] = 0;
    } else if (chunk instanceof boolean[]) {
      ((boolean[]) chunk)[off] = false;
    } else {
      ((byte[][]) chunk)[off] = null;
    }
  }

  /**
   * Hands the value chunks to {@code target} and empties this buffer (size 0, no values). Only
   * for a memtable no one can read any more: its chunks will hold another memtable's values.
   */
  void releaseChunks(ChunkPool target) {
    for (Object chunk : chunks) {
      if (chunk != null) {
        target.give(type, chunk);
      }
    }
    chunks = new Object[0];
    nullBits = null;
    size = 0;
    binaryBytes = 0;
  }

  public void setNull(int index) {
    int c = index >>> CHUNK_SHIFT;
    if (nullBits == null) {
      nullBits = new long[Math.max(chunks.length, c + 1)][];
    } else if (c >= nullBits.length) {
      nullBits = Arrays.copyOf(nullBits, Math.max(c + 1, chunks.length));
    }
    long[] bits = nullBits[c];
    if (bits == null) {
      bits = new long[CHUNK / 64];
      nullBits[c] = bits;
    }
    int off = index & MASK;
    bits[off >>> 6] |= 1L << off;
  }

  public boolean isNull(int index) {
    int c = index >>> CHUNK_SHIFT;
    if (nullBits != null && c < nullBits.length && nullBits[c] != null) {
      int off = index & MASK;
      if ((nullBits[c][off >>> 6] & (1L << off)) != 0) {
        return true;
      }
    }
    return type.isBinary() && ((byte[][]) chunks[c])[index & MASK] == null;
  }

  /** Whether any position may be null. */
  public boolean mayHaveNulls() {
    return nullBits != null || type.isBinary();
  }

  public long getLong(int index) {
    return ((long[]) chunks[index >>> CHUNK_SHIFT])[index & MASK];
  }

  /** Copies the value at {@code index} into {@code dest[destPos]} (same array kind as the type). */
  public void copyTo(int index, Object dest, int destPos) {
    System.arraycopy(chunks[index >>> CHUNK_SHIFT], index & MASK, dest, destPos, 1);
  }

  /** Copies {@code count} consecutive values from {@code index} into {@code dest}. */
  public void copyRange(int index, int count, Object dest, int destPos) {
    int done = 0;
    while (done < count) {
      int at = index + done;
      int off = at & MASK;
      int n = Math.min(count - done, CHUNK - off);
      System.arraycopy(chunks[at >>> CHUNK_SHIFT], off, dest, destPos + done, n);
      done += n;
    }
  }
}
