package org.orrery.tsfile.internal.write;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import org.orrery.codec.api.ByteSink;

/**
 * Where the writer's bytes go: a buffered stream that counts its position (chunk offsets are
 * positions), over a new file (synced on {@link #sync()}) or any output stream.
 */
public final class TsFileOutput implements AutoCloseable {
    private static final int BUFFER_BYTES = 64 * 1024;

    private final String name;
    private final FileChannel channel;
    private final OutputStream out;
    private long position;

    private TsFileOutput(String name, FileChannel channel, OutputStream out) {
        this.name = name;
        this.channel = channel;
        this.out = new BufferedOutputStream(out, BUFFER_BYTES);
    }

    /** Creates {@code path}, which must not exist yet. */
    public static TsFileOutput create(Path path) throws IOException {
        FileChannel ch = FileChannel.open(path, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE);
        return new TsFileOutput(path.toString(), ch, Channels.newOutputStream(ch));
    }

    public static TsFileOutput of(String name, OutputStream out) {
        return new TsFileOutput(name, null, out);
    }

    public String name() {
        return name;
    }

    public long position() {
        return position;
    }

    public void write(int b) throws IOException {
        out.write(b);
        position++;
    }

    public void write(byte[] b, int off, int len) throws IOException {
        out.write(b, off, len);
        position += len;
    }

    public void write(ByteSink sink) throws IOException {
        write(sink.array(), 0, sink.size());
    }

    /** Flushes buffers and, for files, forces the content to the device. */
    public void sync() throws IOException {
        out.flush();
        if (channel != null) {
            channel.force(true);
        }
    }

    @Override
    public void close() throws IOException {
        out.close();
    }
}
