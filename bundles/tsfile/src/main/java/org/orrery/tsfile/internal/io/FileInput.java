package org.orrery.tsfile.internal.io;

import java.io.Closeable;
import java.io.IOException;

/**
 * Positional read access to the bytes of one TsFile. The reader does all its I/O through this
 * seam, so tests can substitute in-memory content or inject failing reads.
 */
public interface FileInput extends Closeable {
    /** What to call the file in messages (usually its path). */
    String name();

    long size() throws IOException;

    /**
     * Reads exactly {@code len} bytes at {@code position}.
     *
     * @throws java.io.EOFException if the file ends first
     */
    void readFully(long position, byte[] dst, int off, int len) throws IOException;
}
