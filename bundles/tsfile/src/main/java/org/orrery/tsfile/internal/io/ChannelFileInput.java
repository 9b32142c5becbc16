package org.orrery.tsfile.internal.io;

import java.io.EOFException;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;

/** {@link FileInput} over a {@link FileChannel}; positional reads, safe for one thread at a time. */
public final class ChannelFileInput implements FileInput {
    private final String name;
    private final FileChannel channel;

    public ChannelFileInput(Path path) throws IOException {
        this.name = path.toString();
        this.channel = FileChannel.open(path, StandardOpenOption.READ);
    }

    @Override
    public String name() {
        return name;
    }

    @Override
    public long size() throws IOException {
        return channel.size();
    }

    @Override
    public void readFully(long position, byte[] dst, int off, int len) throws IOException {
        ByteBuffer target = ByteBuffer.wrap(dst, off, len);
        long p = position;
        while (target.hasRemaining()) {
            int n = channel.read(target, p);
            if (n < 0) {
                throw new EOFException(name + ": file ends at " + p + " while reading " + len + " bytes at offset "
                        + position);
            }
            p += n;
        }
    }

    @Override
    public void close() throws IOException {
        channel.close();
    }
}
