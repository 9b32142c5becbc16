package org.orrery.tsfile.testing;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import org.orrery.tsfile.read.TsFileReader;
import org.orrery.tsfile.tool.CanonicalDump;

/** Prints the canonical dump of a file to stdout (development aid; the CLI wraps CanonicalDump). */
public final class DumpMain {
    private DumpMain() {
    }

    public static void main(String[] args) throws IOException {
        try (TsFileReader r = TsFileReader.open(Path.of(args[0]), TestCodecs.registry());
             Writer out = new BufferedWriter(new OutputStreamWriter(System.out, StandardCharsets.UTF_8))) {
            CanonicalDump.write(r, out, args.length < 2 || !args[1].equals("--no-points"));
        }
    }
}
