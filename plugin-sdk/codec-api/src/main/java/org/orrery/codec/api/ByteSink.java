package org.orrery.codec.api;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.ByteBuffer;
import java.util.Arrays;

/**
 * A growable byte array that encoders append a page's value stream to. It is reused across
 * pages ({@link #reset()}) so steady-state encoding allocates nothing. Not thread-safe.
 * Multi-byte helpers are big-endian, the TsFile default.
 */
public final class ByteSink {
    private byte[] buf;
    private int size;

    public ByteSink() {
        this(256);
    }

    public ByteSink(int initialCapacity) {
        buf = new byte[Math.max(16, initialCapacity)];
    }

    /** Makes sure {@code extra} more bytes fit without another resize. */
    public void ensureCapacity(int extra) {
        int needed = size + extra;
        if (needed < 0) {
            throw new CodecException("page too large: more than 2 GiB of encoded bytes");
        }
        if (needed > buf.length) {
            buf = Arrays.copyOf(buf, Math.max(needed, buf.length + (buf.length >> 1)));
        }
    }

    public void write(int b) {
        if (size == buf.length) {
            ensureCapacity(1);
        }
        buf[size++] = (byte) b;
    }

    public void write(byte[] src, int off, int len) {
        ensureCapacity(len);
        System.arraycopy(src, off, buf, size, len);
        size += len;
    }

    public void write(byte[] src) {
        write(src, 0, src.length);
    }

    /** Appends the remaining bytes of {@code src}, advancing its position. */
    public void write(ByteBuffer src) {
        int len = src.remaining();
        ensureCapacity(len);
        src.get(buf, size, len);
        size += len;
    }

    public void writeShort(int v) {
        ensureCapacity(2);
        buf[size++] = (byte) (v >>> 8);
        buf[size++] = (byte) v;
    }

    public void writeInt(int v) {
        ensureCapacity(4);
        buf[size++] = (byte) (v >>> 24);
        buf[size++] = (byte) (v >>> 16);
        buf[size++] = (byte) (v >>> 8);
        buf[size++] = (byte) v;
    }

    public void writeLong(long v) {
        ensureCapacity(8);
        for (int shift = 56; shift >= 0; shift -= 8) {
            buf[size++] = (byte) (v >>> shift);
        }
    }

    /** Overwrites the byte at {@code index} (which must be below {@link #size()}). */
    public void set(int index, int b) {
        if (index < 0 || index >= size) {
            throw new IndexOutOfBoundsException("index " + index + " outside 0.." + (size - 1));
        }
        buf[index] = (byte) b;
    }

    public int size() {
        return size;
    }

    /** Forgets the content but keeps the allocated capacity. */
    public void reset() {
        size = 0;
    }

    /** Shrinks the content to its first {@code newSize} bytes. */
    public void truncate(int newSize) {
        if (newSize < 0 || newSize > size) {
            throw new IndexOutOfBoundsException("size " + newSize + " outside 0.." + size);
        }
        size = newSize;
    }

    /** The backing array; bytes 0..{@link #size()}-1 are valid. Invalidated by the next write. */
    public byte[] array() {
        return buf;
    }

    public byte[] toByteArray() {
        return Arrays.copyOf(buf, size);
    }

    /** A read-only view of the content; invalidated by the next write. */
    public ByteBuffer asByteBuffer() {
        return ByteBuffer.wrap(buf, 0, size).asReadOnlyBuffer();
    }

    public void writeTo(OutputStream out) throws IOException {
        out.write(buf, 0, size);
    }

    public void writeTo(ByteSink other) {
        other.write(buf, 0, size);
    }
}
