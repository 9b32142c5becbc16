package org.orrery.storage.io;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import org.orrery.common.path.PartialPath;

/**
 * A growable little-endian byte buffer for serialising log entries. Primitive arrays are copied
 * in bulk through typed views, which keeps WAL serialisation far below the cost of the fsync.
 */
public final class ByteOut {
  private ByteBuffer buf;

  public ByteOut(int capacity) {
    buf = ByteBuffer.allocate(Math.max(64, capacity)).order(ByteOrder.LITTLE_ENDIAN);
  }

  public void reset() {
    buf.clear();
  }

  public int size() {
    return buf.position();
  }

  public byte[] array() {
    return buf.array();
  }

  /** The written bytes as a buffer positioned at 0 (shares the array). */
  public ByteBuffer written() {
    return ByteBuffer.wrap(buf.array(), 0, buf.position());
  }

  public void ensure(int more) {
    if (buf.remaining() < more) {
      long want = Math.max((long) buf.capacity() * 2, (long) buf.position() + more);
      if (want > Integer.MAX_VALUE - 16) {
        throw new IllegalArgumentException("log entry larger than 2 GiB");
      }
      ByteBuffer bigger = ByteBuffer.allocate((int) want).order(ByteOrder.LITTLE_ENDIAN);
      buf.flip();
      bigger.put(buf);
      buf = bigger;
    }
  }

  public void putByte(int v) {
    ensure(1);
    buf.put((byte) v);
  }

  public void putInt(int v) {
    ensure(4);
    buf.putInt(v);
  }

  public void putIntAt(int position, int v) {
    buf.putInt(position, v);
  }

  public void putLong(long v) {
    ensure(8);
    buf.putLong(v);
  }

  public void putBytes(byte[] b, int off, int len) {
    ensure(len);
    buf.put(b, off, len);
  }

  public void putString(String s) {
    byte[] b = s.getBytes(StandardCharsets.UTF_8);
    putInt(b.length);
    putBytes(b, 0, b.length);
  }

  /** A path as its node count and raw node names, so no quoting rules are involved. */
  public void putPath(PartialPath path) {
    putInt(path.length());
    for (int i = 0; i < path.length(); i++) {
      putString(path.node(i));
    }
  }

  public void putLongs(long[] v, int off, int len) {
    ensure(len * 8);
    buf.asLongBuffer().put(v, off, len);
    buf.position(buf.position() + len * 8);
  }

  public void putInts(int[] v, int off, int len) {
    ensure(len * 4);
    buf.asIntBuffer().put(v, off, len);
    buf.position(buf.position() + len * 4);
  }

  public void putFloats(float[] v, int off, int len) {
    ensure(len * 4);
    buf.asFloatBuffer().put(v, off, len);
    buf.position(buf.position() + len * 4);
  }

  public void putDoubles(double[] v, int off, int len) {
    ensure(len * 8);
    buf.asDoubleBuffer().put(v, off, len);
    buf.position(buf.position() + len * 8);
  }
}
