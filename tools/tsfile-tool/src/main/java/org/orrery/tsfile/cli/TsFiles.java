package org.orrery.tsfile.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.orrery.codec.api.CodecException;
import org.orrery.codec.api.CodecRegistry;
import org.orrery.tsfile.read.DeviceInfo;
import org.orrery.tsfile.read.SeriesInfo;
import org.orrery.tsfile.read.TsFileReader;

/** Helpers shared by the commands that read or write TsFiles. */
final class TsFiles {
    private TsFiles() {
    }

    /** Opens {@code file} for reading; any failure is "unreadable" (exit 2). */
    static TsFileReader open(Path file, CodecRegistry codecs) throws CommandException {
        try {
            return TsFileReader.open(file, codecs);
        } catch (IOException | RuntimeException e) {
            throw CommandException.unreadable(CommandException.describe(e), e);
        }
    }

    /** The number of values in the file, from the index statistics alone (for progress bars). */
    static long pointCount(TsFileReader reader) throws IOException {
        long n = 0;
        for (DeviceInfo d : reader.devices()) {
            for (SeriesInfo s : reader.series(d.id())) {
                n += s.statistics().count();
            }
        }
        return n;
    }

    /** Fails unless {@code out} may be written: absent, or present and {@code force}. */
    static void checkTarget(Path out, boolean force) throws CommandException {
        if (Files.exists(out)) {
            if (!force) {
                throw CommandException.failed(out + " already exists (use --force to replace it)", null);
            }
            try {
                Files.delete(out);
            } catch (IOException e) {
                throw CommandException.failed("cannot replace " + out + ": " + CommandException.describe(e), e);
            }
        }
    }

    /** Checks that {@code name} is an encoding the class path provides (exit 1 otherwise). */
    static String encodingName(CodecRegistry codecs, String name) throws CommandException {
        try {
            return codecs.encoding(name).name();
        } catch (CodecException e) {
            throw CommandException.failed(e.getMessage(), e);
        }
    }

    /** Checks that {@code name} is a compressor the class path provides (exit 1 otherwise). */
    static String compressorName(CodecRegistry codecs, String name) throws CommandException {
        if (name.equalsIgnoreCase("UNCOMPRESSED")) {
            return "UNCOMPRESSED";
        }
        try {
            return codecs.compressor(name).name();
        } catch (CodecException e) {
            throw CommandException.failed(e.getMessage(), e);
        }
    }
}
