package org.orrery.tsfile.read;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import org.orrery.tsfile.internal.io.ByteArrayFileInput;
import org.orrery.tsfile.testing.TestCodecs;
import org.orrery.tsfile.write.TsFileWriter;
import org.orrery.tsfile.write.WriterOptions;

/** In-memory files for reader tests. */
final class Files {
    private Files() {
    }

    interface Body {
        void write(TsFileWriter w) throws IOException;
    }

    static byte[] write(WriterOptions options, Body body) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (TsFileWriter w = TsFileWriter.create(bytes, "test.tsfile", TestCodecs.registry(), options)) {
            body.write(w);
        }
        return bytes.toByteArray();
    }

    static TsFileReader open(byte[] file) throws IOException {
        return open(file, ReaderOptions.defaults());
    }

    static TsFileReader open(byte[] file, ReaderOptions options) throws IOException {
        return TsFileReader.open(new ByteArrayFileInput("test.tsfile", file), TestCodecs.registry(), options);
    }
}
