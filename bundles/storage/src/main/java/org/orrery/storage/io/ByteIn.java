package org.orrery.storage.io;

import java.nio.BufferUnderflowException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.orrery.common.path.PartialPath;

/** Reads what {@link ByteOut} wrote; every read checks bounds and names what was being read. */
public final class ByteIn {
  private final ByteBuffer buf;
  private final String source;

  public ByteIn(ByteBuffer buf, String source) {
    this.buf = buf.slice().order(ByteOrder.LITTLE_ENDIAN);
    this.source = source;
  }

  public boolean hasRemaining() {
    return buf.hasRemaining();
  }

  private void need(int n, String what) {
    if (n < 0 || buf.remaining() < n) {
      throw new IllegalArgumentException(
          source + ": truncated " + what + " (need " + n + " bytes, " + buf.remaining() + " left)");
    }
  }

  public int getByte(String what) {
    need(1, what);
    return buf.get() & 0xFF;
  }

  public int getInt(String what) {
    need(4, what);
    return buf.getInt();
  }

  public long getLong(String what) {
    need(8, what);
    return buf.getLong();
  }

  public byte[] getBytes(int len, String what) {
    need(len, what);
    byte[] b = new byte[len];
    buf.get(b);
    return b;
  }

  public String getString(String what) {
    int len = getInt(what + " length");
    return new String(getBytes(len, what), StandardCharsets.UTF_8);
  }

  public PartialPath getPath(String what) {
    int n = getInt(what + " node count");
    if (n <= 0 || n > 4096) {
      throw new IllegalArgumentException(source + ": bad node count " + n + " of " + what);
    }
    List<String> nodes = new ArrayList<>(n);
    for (int i = 0; i < n; i++) {
      nodes.add(getString(what + " node"));
    }
    return PartialPath.of(nodes);
  }

  public void getLongs(long[] out, int len, String what) {
    need(len * 8, what);
    try {
      buf.asLongBuffer().get(out, 0, len);
    } catch (BufferUnderflowException e) {
      throw new IllegalArgumentException(source + ": truncated " + what, e);
    }
    buf.position(buf.position() + len * 8);
  }

  public void getInts(int[] out, int len, String what) {
    need(len * 4, what);
    buf.asIntBuffer().get(out, 0, len);
    buf.position(buf.position() + len * 4);
  }

  public void getFloats(float[] out, int len, String what) {
    need(len * 4, what);
    buf.asFloatBuffer().get(out, 0, len);
    buf.position(buf.position() + len * 4);
  }

  public void getDoubles(double[] out, int len, String what) {
    need(len * 8, what);
    buf.asDoubleBuffer().get(out, 0, len);
    buf.position(buf.position() + len * 8);
  }
}
