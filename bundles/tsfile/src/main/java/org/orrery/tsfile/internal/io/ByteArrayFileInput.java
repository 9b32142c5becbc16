package org.orrery.tsfile.internal.io;

import java.io.EOFException;

/** {@link FileInput} over bytes in memory (tests, files already loaded). */
public final class ByteArrayFileInput implements FileInput {
    private final String name;
    private final byte[] bytes;

    public ByteArrayFileInput(String name, byte[] bytes) {
        this.name = name;
        this.bytes = bytes;
    }

    @Override
    public String name() {
        return name;
    }

    @Override
    public long size() {
        return bytes.length;
    }

    @Override
    public void readFully(long position, byte[] dst, int off, int len) throws EOFException {
        if (position < 0 || position + len > bytes.length) {
            throw new EOFException(name + ": cannot read " + len + " bytes at offset " + position + " of "
                    + bytes.length);
        }
        System.arraycopy(bytes, (int) position, dst, off, len);
    }

    @Override
    public void close() {
        // nothing to release
    }
}
